package entity

import (
	"maps"
	"testing"

	"github.com/storyline-news/storyline"
)

// TestLinkerRenames checks the renames after a run: taken from the names
// learnt and their counts only (any order gives the same), carried through
// chains, and absent where later evidence made a surname ambiguous.
func TestLinkerRenames(t *testing.T) {
	type learnt struct {
		name string
		typ  storyline.EntityType
		n    int
	}
	key := func(name string, typ storyline.EntityType) storyline.EntityKey {
		return storyline.EntityKey{Name: name, Type: typ}
	}
	tests := []struct {
		name   string
		learnt []learnt
		want   map[storyline.EntityKey]storyline.EntityKey
	}{
		{"a lone surname takes the full name learnt later",
			[]learnt{{"Varga", storyline.Person, 2}, {"Ilse Varga", storyline.Person, 3}},
			map[storyline.EntityKey]storyline.EntityKey{key("Varga", storyline.Person): key("Ilse Varga", storyline.Person)}},
		{"a second full name makes the surname ambiguous",
			[]learnt{{"Varga", storyline.Person, 2}, {"Ilse Varga", storyline.Person, 3}, {"Tomas Varga", storyline.Person, 3}},
			map[storyline.EntityKey]storyline.EntityKey{}},
		{"an organisation that is a person's surname",
			[]learnt{{"Trump", storyline.Org, 1}, {"Donald Trump", storyline.Person, 5}},
			map[storyline.EntityKey]storyline.EntityKey{key("Trump", storyline.Org): key("Donald Trump", storyline.Person)}},
		{"a name typed against the consensus",
			[]learnt{{"North Marland", storyline.Org, 1}, {"North Marland", storyline.Place, 6}},
			map[storyline.EntityKey]storyline.EntityKey{key("North Marland", storyline.Org): key("North Marland", storyline.Place)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, order := range []string{"forward", "backward"} {
				l := NewLinker()
				for i := range tt.learnt {
					x := tt.learnt[i]
					if order == "backward" {
						x = tt.learnt[len(tt.learnt)-1-i]
					}
					l.LearnName(key(x.name, x.typ), x.n)
				}
				if got := l.Renames(); !maps.Equal(got, tt.want) {
					t.Errorf("%s: Renames = %v, want %v", order, got, tt.want)
				}
			}
		})
	}
}
