package cluster

import "testing"

// TestStretch checks the span a story's event days would have with an
// article: its own day, or a day it names nearer the story's.
func TestStretch(t *testing.T) {
	days := []int{100, 110, 120}
	for _, tc := range []struct {
		name string
		day  int
		said [][2]int
		want int
	}{
		{"inside the span", 105, nil, 20},
		{"a week after", 127, nil, 27},
		{"months after", 220, nil, 120},
		{"months before", 40, nil, 80},
		{"months after, naming a day inside", 220, [][2]int{{110, 110}}, 20},
		{"months after, naming a month that holds the span", 220, [][2]int{{90, 130}}, 20},
		{"months after, naming a day a week before", 220, [][2]int{{93, 93}}, 27},
		{"naming a day further than its own", 130, [][2]int{{10, 10}}, 30},
	} {
		f := &features{day: tc.day, said: tc.said}
		if got := stretch(f, days); got != tc.want {
			t.Errorf("%s: stretch = %d, want %d", tc.name, got, tc.want)
		}
	}
}

// TestStretchPenalty checks that the penalty starts beyond farDays, grows
// by StretchPenalty a month, and fades as the names shared grow to
// stretchNames.
func TestStretchPenalty(t *testing.T) {
	c := &Clusterer{opt: Options{StretchPenalty: 0.2}}
	for _, tc := range []struct {
		name  string
		span  int
		names float64
		want  float64
	}{
		{"a month", farDays, 0, 0},
		{"two months, no names shared", 2 * farDays, 0, 0.2},
		{"three months", 3 * farDays, 0, 0.4},
		{"two months, half the names' bar", 2 * farDays, stretchNames / 2, 0.1},
		{"two months, names shared", 2 * farDays, stretchNames, 0},
		{"two months, more names shared", 2 * farDays, 1, 0},
	} {
		if got := c.stretchPenalty(tc.span, tc.names); got < tc.want-1e-12 || got > tc.want+1e-12 {
			t.Errorf("%s: stretchPenalty = %v, want %v", tc.name, got, tc.want)
		}
	}
}
