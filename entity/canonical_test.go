package entity

import (
	"fmt"
	"maps"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/storyline-news/storyline"
)

// canonicalNamesByMaps is canonicalNames as it was, two maps a group.
func canonicalNamesByMaps(items []*item) map[string]canonical {
	spellings := map[string]map[string]int{}
	types := map[string]map[storyline.EntityType]int{}
	for _, it := range items {
		k := groupKey(it)
		if spellings[k] == nil {
			spellings[k], types[k] = map[string]int{}, map[storyline.EntityType]int{}
		}
		spellings[k][it.name]++
		types[k][it.typ]++
	}
	out := map[string]canonical{}
	for k := range spellings {
		out[k] = canonical{name: bestSpellingByMap(spellings[k]), typ: majorityType(types[k])}
	}
	return out
}

func bestSpellingByMap(counts map[string]int) string {
	return bestSpelling(slices.Collect(maps.Keys(counts)), counts)
}

func majorityType(votes map[storyline.EntityType]int) storyline.EntityType {
	if votes[storyline.Person] > 0 {
		return storyline.Person
	}
	var best storyline.EntityType
	for _, t := range []storyline.EntityType{storyline.Org, storyline.Place, storyline.Misc} {
		if best == "" || votes[t] > votes[best] {
			best = t
		}
	}
	return best
}

// TestCanonicalNamesIsByMaps holds canonicalNames to the maps it replaced
// on groups at random: spellings tied in count and length, every type and
// one the vote does not weigh.
func TestCanonicalNamesIsByMaps(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	names := []string{"Rutte", "Mark Rutte", "RUTTE", "Mark Ruttf", "EU", "E.U.", "Brussels", "Brussel"}
	types := []storyline.EntityType{storyline.Person, storyline.Org, storyline.Place, storyline.Misc, "OTHER"}
	for round := range 3000 {
		items := make([]*item, rng.IntN(12))
		for i := range items {
			items[i] = &item{key: fmt.Sprint(rng.IntN(4)), name: names[rng.IntN(len(names))], typ: types[rng.IntN(len(types))]}
		}
		if got, want := canonicalNames(items), canonicalNamesByMaps(items); !maps.Equal(got, want) {
			t.Fatalf("round %d: %v, by maps %v", round, got, want)
		}
	}
}
