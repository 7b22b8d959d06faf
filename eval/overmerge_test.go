package eval

import "testing"

func TestOverMerge(t *testing.T) {
	arts := []StoryMember{
		{ID: "a", Story: "s1"},
		{ID: "a2", Story: "s1", DuplicateOf: "a"},
		{ID: "a3", Story: "s1", DuplicateOf: "a2"}, // a copy of a copy
		{ID: "b", Story: "s2"},
		{ID: "c", Story: "s2"}, // b and c: two different pages in one story
		{ID: "d", Story: "s3"},
	}
	merged, total := OverMerge(arts)
	if merged != 2 || total != 6 {
		t.Errorf("OverMerge = %d of %d, want 2 of 6 (b and c)", merged, total)
	}
}
