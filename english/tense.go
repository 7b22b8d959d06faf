package english

import "strings"

// The words that mark a clause's tense, lower case: what timex reads to
// tell a weekday to come ("the rain is expected to ease on Thursday") from
// one past ("she said on Thursday").
var (
	// modals announce a future; "would" one seen from the past ("said he
	// would leave in February"), which from the page's day is to come.
	modals = LazyWordSet("will shall won't would")
	// passiveAux carry the tense of the participle after them: "will be
	// launched", "has been signed" take theirs from the words before.
	passiveAux = LazyWordSet("be been being")
	// announcers follow "is" or "are" to announce a future: "is expected
	// to", "are due".
	announcers = LazyWordSet("expected due set scheduled going to poised slated planned")
	// intentVerbs are present-tense verbs of intent, which announce what
	// follows them: "expects the rain to ease".
	intentVerbs = LazyWordSet("expects expect plans plan intends intend aims aim hopes hope")
	// pastForms are the common past forms that do not end in -ed.
	pastForms = LazyWordSet("said told was were had did")
	// clauseOpeners open another clause: the subordinators, relative
	// pronouns and coordinators.
	clauseOpeners = LazyWordSet("that which who and but if")
)

// Tense is the tense a word marks, read with the word before it.
type Tense int

// The tenses a word can mark.
const (
	NoTense Tense = iota
	Future
	Past
)

// TenseOf is the tense w marks after prev (both lower case, "’" written
// "'"); intent says whether a verb of intent counts (it announces only what
// follows it).
func TenseOf(w, prev string, intent bool) Tense {
	switch {
	case modals()[w], strings.HasSuffix(w, "'ll"):
		return Future
	case announcers()[w] && (prev == "is" || prev == "are"):
		return Future
	case intentVerbs()[w] && intent && !IsDeterminer(prev) && !pastForm(prev):
		// after "the", "a" or "their", or a verb in the past, it is a
		// noun: "approved the plan on Tuesday", "announced plans in
		// September" speak of no future
		return Future
	case pastForm(w) && !passiveAux()[prev]:
		return Past
	}
	return NoTense
}

// pastForm reports whether w is a past form: a common one, or -ed and no
// announcer ("expected" announces).
func pastForm(w string) bool {
	return pastForms()[w] || strings.HasSuffix(w, "ed") && !announcers()[w]
}

// OpensClause reports whether w (lower case) opens another clause:
// a subordinator, a relative pronoun or a coordinator.
func OpensClause(w string) bool { return subordinators()[w] || clauseOpeners()[w] }
