package eval

import "testing"

// TestDealFolds: every fold is used and the dealing does not depend on
// the order the events come in.
func TestDealFolds(t *testing.T) {
	evs := []string{"a", "b", "c", "d", "e", "f", "g"}
	f1 := DealFolds(evs, 3)
	rev := []string{"g", "f", "e", "d", "c", "b", "a"}
	f2 := DealFolds(rev, 3)
	used := map[int]bool{}
	for _, e := range evs {
		used[f1[e]] = true
		if f1[e] != f2[e] {
			t.Errorf("event %s: fold %d, %d in reverse order", e, f1[e], f2[e])
		}
	}
	if len(used) != 3 {
		t.Errorf("folds used %v, want 3", used)
	}
}
