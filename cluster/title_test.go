package cluster

import "testing"

// TestTitlesApart checks the headline test of TitlePenalty: apart only when
// both sides have headlines and no pair of them shares a word.
func TestTitlesApart(t *testing.T) {
	v := func(terms ...int32) titled {
		var out vector
		for _, x := range terms {
			out = append(out, entry{term: x, w: 1})
		}
		return titled{vec: out}
	}
	for _, tc := range []struct {
		name string
		a, b []titled
		want bool
	}{
		{"no words shared", []titled{v(1, 2)}, []titled{v(3), v(4, 5)}, true},
		{"one member shares a word", []titled{v(1, 2)}, []titled{v(3), v(2, 5)}, false},
		{"the article has no headline", []titled{v()}, []titled{v(3)}, false},
		{"the story has none", []titled{v(1)}, nil, false},
		{"an untitled member is passed over", []titled{v(1)}, []titled{v(), v(3)}, true},
		{"stories, one pair shares", []titled{v(1), v(7)}, []titled{v(3), v(7, 8)}, false},
	} {
		if got := titlesApart(tc.a, tc.b); got != tc.want {
			t.Errorf("%s: titlesApart = %v, want %v", tc.name, got, tc.want)
		}
	}
}
