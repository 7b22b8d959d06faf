package main

import (
	"testing"

	"github.com/storyline-news/storyline/eval"
)

// TestLeaveOneEventOut: each event is scored with the setting chosen on the
// others, so a setting that wins only on the event it is scored on is not
// credited with that event.
func TestLeaveOneEventOut(t *testing.T) {
	q := func(gold, sys, both int) eval.CompareScore {
		return eval.CompareScore{QuotePairsGold: gold, QuotePairsSys: sys, QuotePairsBoth: both}
	}
	tests := []struct {
		name     string
		scores   []map[string]eval.CompareScore
		events   []string
		wantBoth int
		wantSys  int
		chose    map[int]int
	}{
		{
			name: "one setting better everywhere",
			scores: []map[string]eval.CompareScore{
				{"a": q(4, 4, 2), "b": q(4, 4, 2), "c": q(4, 4, 2)},
				{"a": q(4, 4, 4), "b": q(4, 4, 4), "c": q(4, 4, 4)},
			},
			events: []string{"a", "b", "c"}, wantBoth: 12, wantSys: 12, chose: map[int]int{1: 3},
		},
		{
			name: "a setting that helps one event only is not chosen for it",
			scores: []map[string]eval.CompareScore{
				{"a": q(4, 4, 4), "b": q(4, 4, 4), "c": q(4, 4, 2)},
				{"a": q(4, 4, 4), "b": q(4, 4, 4), "c": q(4, 4, 4)},
			},
			// folds a and b see setting 1 win on c and pick it; fold c sees a tie and keeps setting 0
			events: []string{"a", "b", "c"}, wantBoth: 10, wantSys: 12, chose: map[int]int{0: 1, 1: 2},
		},
	}
	for _, tt := range tests {
		got, chose := leaveOneEventOut(tt.scores, tt.events)
		if got.QuotePairsBoth != tt.wantBoth || got.QuotePairsSys != tt.wantSys {
			t.Errorf("%s: both %d sys %d, want %d %d", tt.name, got.QuotePairsBoth, got.QuotePairsSys, tt.wantBoth, tt.wantSys)
		}
		for k, n := range tt.chose {
			if chose[k] != n {
				t.Errorf("%s: chose %v, want %v", tt.name, chose, tt.chose)
			}
		}
	}
}
