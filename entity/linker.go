package entity

import (
	"strings"

	"github.com/storyline-news/storyline"
)

// dominance is the share of a surname's mentions one full name needs before
// a lone surname in another document is taken to mean that person.
const dominance = 0.8

// Linker carries people's names across documents: a document that only says
// "Rutte" gets the "Mark Rutte" other documents name in full. It is not safe
// for concurrent use: ingest calls it in commit order, so the result does not
// depend on how many workers ran.
type Linker struct {
	// people maps a folded surname to the full names seen with it and their
	// mention counts.
	people map[string]map[string]int
	// lone holds the one-word names stored so far that no full name
	// explained: people, and organisations that may be people the tagger
	// mistook ("Trump" tagged ORG).
	lone map[storyline.EntityKey]bool
	// types counts the mentions of every name per type, so that a name the
	// tagger typed against the consensus ("Greenland" as ORG once, PLACE
	// everywhere else) joins the consensus.
	types map[string]map[storyline.EntityType]int
}

// Retyping needs a clear consensus: this many mentions, this share of them.
const (
	minTypeVotes  = 3
	typeConsensus = 0.8
)

// NewLinker returns a Linker that knows no names yet.
func NewLinker() *Linker {
	return &Linker{
		people: map[string]map[string]int{},
		lone:   map[storyline.EntityKey]bool{},
		types:  map[string]map[storyline.EntityType]int{},
	}
}

// Learn records the names of an article already linked.
func (l *Linker) Learn(entities []storyline.ArticleEntity) {
	for _, e := range entities {
		l.LearnName(storyline.EntityKey{Name: e.Name, Type: e.Type}, max(len(e.Mentions), 1))
	}
}

// LearnName records an entity's canonical name seen with n mentions.
func (l *Linker) LearnName(k storyline.EntityKey, n int) {
	if l.types[k.Name] == nil {
		l.types[k.Name] = map[storyline.EntityType]int{}
	}
	l.types[k.Name][k.Type] += n
	switch {
	case linkable(k):
		l.lone[k] = true
	case k.Type == storyline.Person && strings.Contains(k.Name, " "):
		s := surname(k.Name)
		if l.people[s] == nil {
			l.people[s] = map[string]int{}
		}
		l.people[s][k.Name] += n
	}
}

// linkable reports whether a name may stand for a person named in full
// elsewhere: one word, a person or an organisation, not an acronym.
func linkable(k storyline.EntityKey) bool {
	return (k.Type == storyline.Person || k.Type == storyline.Org) &&
		!strings.Contains(k.Name, " ") && !isAcronym(k.Name)
}

// Resolve returns the full name a lone surname stands for, when one person
// clearly dominates the full names known with that surname.
func (l *Linker) Resolve(name string) (string, bool) {
	if strings.Contains(name, " ") {
		return "", false
	}
	names := l.people[nameKey(name)]
	total, best := 0, ""
	for full, n := range names {
		total += n
		if best == "" || n > names[best] || n == names[best] && full < best {
			best = full
		}
	}
	if best == "" || float64(names[best]) < dominance*float64(total) {
		return "", false
	}
	return best, true
}

// Link renames the article's one-word names that stand for a person named
// in full elsewhere, in its entities and its quotes' speakers, then learns
// the article's names.
func (l *Linker) Link(a *storyline.Article) {
	renames := map[storyline.EntityKey]storyline.EntityKey{}
	for _, e := range a.Entities {
		k := storyline.EntityKey{Name: e.Name, Type: e.Type}
		if !linkable(k) {
			continue
		}
		if full, ok := l.Resolve(e.Name); ok {
			renames[k] = storyline.EntityKey{Name: full, Type: storyline.Person}
		}
	}
	for _, e := range a.Entities {
		k := storyline.EntityKey{Name: e.Name, Type: e.Type}
		if _, renamed := renames[k]; !renamed && e.Type != storyline.Person {
			if t, ok := l.consensusType(e.Name); ok && t != e.Type {
				renames[k] = storyline.EntityKey{Name: e.Name, Type: t}
			}
		}
	}
	a.RenameEntities(renames)
	l.Learn(a.Entities)
}

// consensusType returns the type most mentions of a name carry, when
// enough of them agree. A one-word name is left to the surname logic when
// the consensus is a person; a full name follows it ("Donald Trump" tagged
// ORG in a headline-heavy page, PERSON in most).
func (l *Linker) consensusType(name string) (storyline.EntityType, bool) {
	votes := l.types[name]
	total, best := 0, storyline.EntityType("")
	for t, n := range votes {
		total += n
		if best == "" || n > votes[best] || n == votes[best] && t < best {
			best = t
		}
	}
	if best == "" || best == storyline.Person && !strings.Contains(name, " ") || total < minTypeVotes || float64(votes[best]) < typeConsensus*float64(total) {
		return "", false
	}
	return best, true
}

// Pending returns the one-word names stored earlier that now resolve to a
// person's full name, and the names stored with a type the consensus has
// since gone against: the renames to apply to articles already committed.
func (l *Linker) Pending() map[storyline.EntityKey]storyline.EntityKey {
	out := map[storyline.EntityKey]storyline.EntityKey{}
	for name, votes := range l.types {
		t, ok := l.consensusType(name)
		if !ok {
			continue
		}
		for typ := range votes {
			k := storyline.EntityKey{Name: name, Type: typ}
			if typ != t && typ != storyline.Person && !l.lone[k] { // as in Link: people and lone names follow the surname logic
				out[k] = storyline.EntityKey{Name: name, Type: t}
			}
		}
	}
	for k := range l.lone {
		if full, ok := l.Resolve(k.Name); ok {
			out[k] = storyline.EntityKey{Name: full, Type: storyline.Person}
		}
	}
	return out
}

// maxRenameRounds bounds Renames. A rename can make another one due (a
// name's mentions move to its new type or full name and change a
// consensus), so the renames are taken round after round, each on the names
// as the rounds before left them, until none is pending. Chains are short;
// the bound only guards against a cycle.
const maxRenameRounds = 8

// Renames returns the renames that the names learnt so far call for, from
// each name learnt to the name it ends up as: lone surnames that a full name
// now explains, names typed against the consensus, and what those renames in
// turn make due. It depends only on the names learnt and their counts, not
// on the order they came in.
func (l *Linker) Renames() map[storyline.EntityKey]storyline.EntityKey {
	counts := map[storyline.EntityKey]int{}
	for name, votes := range l.types {
		for t, n := range votes {
			counts[storyline.EntityKey{Name: name, Type: t}] = n
		}
	}
	final := make(map[storyline.EntityKey]storyline.EntityKey, len(counts))
	for k := range counts {
		final[k] = k
	}
	cur := l
	for range maxRenameRounds {
		pending := cur.Pending()
		if len(pending) == 0 {
			break
		}
		for k, at := range final {
			if to, ok := pending[at]; ok {
				final[k] = to
			}
		}
		merged := map[storyline.EntityKey]int{}
		for k, n := range counts {
			if to, ok := pending[k]; ok {
				k = to
			}
			merged[k] += n
		}
		counts, cur = merged, NewLinker()
		for k, n := range counts {
			cur.LearnName(k, n)
		}
	}
	for k, to := range final {
		if to == k {
			delete(final, k)
		}
	}
	return final
}
