package eval

import (
	"os"
	"strings"
	"testing"
)

func TestOverMerge(t *testing.T) {
	arts := []StoryMember{
		{ID: "a", Story: "s1"},
		{ID: "a2", Story: "s1", DuplicateOf: "a"},
		{ID: "a3", Story: "s1", DuplicateOf: "a2"}, // a copy of a copy
		{ID: "b", Story: "s2"},
		{ID: "c", Story: "s2"}, // b and c: two different pages in one story
		{ID: "d", Story: "s3"},
		{ID: "e", Story: "s4"},
		{ID: "f", Story: "s4"},
		{ID: "g", Story: "s4"},                   // e and f report one event, g another
		{ID: "h", Story: "s5", DuplicateOf: "x"}, // a copy of a page in no story
	}
	for _, tc := range []struct {
		name   string
		same   []SameEvent
		merged int
	}{
		{"copies only", nil, 5},
		{"e and f one event", []SameEvent{{Articles: []string{"e", "f"}}}, 5},
		{"e, f and g one event", []SameEvent{{Articles: []string{"e", "f"}}, {Articles: []string{"g", "f"}}}, 2},
		{"b and c one event", []SameEvent{{Articles: []string{"c", "b"}}}, 3},
	} {
		merged, total := OverMerge(arts, tc.same)
		if merged != tc.merged || total != len(arts) {
			t.Errorf("%s: OverMerge = %d of %d, want %d of %d", tc.name, merged, total, tc.merged, len(arts))
		}
	}
}

func TestReadSameEvents(t *testing.T) {
	gs, err := ReadSameEvents(strings.NewReader(`{"event":"x","articles":["a","b"]}` + "\n\n"))
	if err != nil || len(gs) != 1 || gs[0].Articles[1] != "b" {
		t.Fatalf("ReadSameEvents = %v, %v", gs, err)
	}
	if _, err := ReadSameEvents(strings.NewReader(`{"event":"x","articles":["a"]}`)); err == nil {
		t.Error("a group of one article was accepted")
	}
	if _, err := ReadSameEvents(strings.NewReader(`{"event":`)); err == nil {
		t.Error("a broken line was accepted")
	}
	// The repository's own annotations parse.
	for _, name := range []string{"overmerge-html-dev-same-event.jsonl", "overmerge-text-dev-same-event.jsonl"} {
		f, err := os.Open("testdata/" + name)
		if err != nil {
			t.Fatal(err)
		}
		gs, err := ReadSameEvents(f)
		f.Close()
		if err != nil || len(gs) == 0 {
			t.Errorf("%s: %d groups, %v", name, len(gs), err)
		}
	}
}

func TestOverMerged(t *testing.T) {
	arts := []StoryMember{
		{ID: "a", Story: "s1"},
		{ID: "b", Story: "s2"},
		{ID: "a2", Story: "s1", DuplicateOf: "a"},
		{ID: "c", Story: "s2"},
		{ID: "d", Story: "s3"},
	}
	got := OverMerged(arts, nil)
	if len(got) != 1 || len(got[0]) != 2 || got[0][0].ID != "b" || got[0][1].ID != "c" {
		t.Errorf("OverMerged = %v, want story s2 with b and c", got)
	}
	if got := OverMerged(arts, []SameEvent{{Articles: []string{"b", "c"}}}); len(got) != 0 {
		t.Errorf("OverMerged with b, c one event = %v, want none", got)
	}
}
