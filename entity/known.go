package entity

import (
	"sync"

	"github.com/storyline-news/storyline"
)

// knownName is the canonical form of a name that the world writes in
// several ways.
type knownName struct {
	name string
	typ  storyline.EntityType
}

// wellKnown maps folded variants to canonical names for the few entities
// whose variants no document needs to spell out: countries and blocs written
// as acronyms, and organisations known by their acronym. It is general world
// knowledge; everything else is learned from the documents themselves.
var wellKnown = sync.OnceValue(func() map[string]knownName {
	return buildKnown(map[knownName][]string{
		{"United States", storyline.Place}:             {"US", "U.S.", "USA", "U.S.A.", "United States", "United States of America", "the United States"},
		{"United Kingdom", storyline.Place}:            {"UK", "U.K.", "United Kingdom", "Britain", "Great Britain"},
		{"European Union", storyline.Org}:              {"EU", "E.U.", "European Union"},
		{"United Nations", storyline.Org}:              {"UN", "U.N.", "United Nations"},
		{"NATO", storyline.Org}:                        {"NATO", "Nato", "North Atlantic Treaty Organization", "North Atlantic Treaty Organisation", "North Atlantic Alliance"},
		{"Soviet Union", storyline.Place}:              {"USSR", "U.S.S.R.", "Soviet Union"},
		{"United Arab Emirates", storyline.Place}:      {"UAE", "U.A.E.", "United Arab Emirates"},
		{"International Monetary Fund", storyline.Org}: {"IMF", "International Monetary Fund"},
		{"World Health Organization", storyline.Org}:   {"WHO", "World Health Organization", "World Health Organisation"},
		{"European Commission", storyline.Org}:         {"European Commission", "EU Commission"},
	})
})

func buildKnown(groups map[knownName][]string) map[string]knownName {
	m := map[string]knownName{}
	for canon, variants := range groups {
		for _, v := range variants {
			m[nameKey(v)] = canon
		}
	}
	// "WHO" folds to the pronoun "who": only the capitalised acronym may match.
	delete(m, nameKey("WHO"))
	return m
}

// lookupKnown finds the canonical form of a surface name, honouring case
// where folding would confuse an acronym with a word.
func lookupKnown(surface string) (knownName, bool) {
	if surface == "WHO" {
		return knownName{"World Health Organization", storyline.Org}, true
	}
	k, ok := wellKnown()[nameKey(surface)]
	return k, ok
}
