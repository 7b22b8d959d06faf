// Package english holds the English word lists and token predicates the
// stages share: titles and honorifics (with the gender they imply), role
// nouns, determiners, prepositions, weekdays and months, the words that mark
// a clause's tense, the familiar forms of given names, the party-and-state
// labels of US politicians ("R-S.C."), and small tests on
// words and runes. Each list and each predicate lives here once, so a reader
// who asks "which words are titles?" finds one answer.
//
// It is a leaf: it imports the standard library only, and knows nothing of
// documents, tokens or spans. The eval package keeps its own lists on
// purpose: they mirror the rules of the benchmarks it scores.
package english
