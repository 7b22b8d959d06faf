package quote

import (
	"strings"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/english"
)

// Where a quotation's clauses name its speaker only as the possessor of
// another person ("Mr. Strzok’s lawyer said", "…,” said Scott's wife"),
// the words are that person's: the one the phrase stands in apposition to
// ("Aitan Goelman, Strzok’s lawyer, said"), or the one the body describes
// with that noun beside the possessor ("Strzok attorney Aitan Goelman"),
// else nobody's. This is grammar, not a weighing: a possessive before a
// noun for a person names someone else. "Trump's campaign said" stays
// Trump's (a campaign is no person).

// kin are the nouns of family, who beside ownPerson's nouns are people of
// their own whom another's possessive designates ("Scott's wife"). Not
// "family": "McCulloch's deep family connections" is no one.
var kin = english.LazyWordSet(`wife husband daughter son mother father brother sister
	spouse widow widower niece nephew cousin uncle aunt grandson granddaughter grandmother
	grandfather parents children partner fiance fiancé fiancee fiancée`)

const (
	// possessedReach: the noun for a person stands right after the
	// possessive or after one modifier ("’s longtime attorney").
	possessedReach = 2
	// cueBeforeReach: a cue this close before the possessor attributes to
	// the phrase ("said Lee's husband", "said Mr. Lee's husband").
	cueBeforeReach = 2
	// roleHolderReach: the role holder the body names beside the
	// possessor stands this close to it ("Strzok attorney Aitan Goelman",
	// "Aitan Goelman, Mr. Strzok’s lawyer").
	roleHolderReach = 6
)

// possessorSpeakers gives each quote whose speaker the clauses around it
// name only as a possessor (possessedBy) the person meant instead, or
// nobody; the later parts of a quotation split by its attribution follow
// its first part.
func (ca *cast) possessorSpeakers(qs []storyline.Quote) {
	changed := false
	for i := range qs {
		if qs[i].Continues && i > 0 {
			if changed {
				qs[i].Speaker = qs[i-1].Speaker
			}
			continue
		}
		changed = false
		if qs[i].Speaker == "" {
			continue
		}
		noun, head, ok := ca.possessedBy(storyline.Span{Start: qs[i].Start, End: qs[i].End}, qs[i].Speaker)
		if !ok {
			continue
		}
		name := head
		if name == "" {
			name = ca.roleHolder(noun, qs[i].Speaker)
		}
		if name == qs[i].Speaker {
			name = ""
		}
		qs[i].Speaker, changed = name, true
	}
}

// possessedBy reports whether the sentence before a quotation and the
// clause after it name speaker, and only ever as the possessor of a noun
// for another person; noun is that noun, and head the name the phrase
// stands in apposition to, if any ("China, Pyongyang's only ally, said").
func (ca *cast) possessedBy(q storyline.Span, speaker string) (noun, head string, ok bool) {
	lo, _ := ca.beforeWindow(q.Start)
	hi := ca.tokenAt(q.End)
	for hi < len(ca.toks) && ca.quoted[hi] {
		hi++ // past the closing mark
	}
	if hi < len(ca.toks) {
		_, hi = ca.afterWindow(ca.toks[hi].Start)
	}
	for i := ca.mentionAfterToken(lo - 1); i < len(ca.ments); i++ {
		m := ca.ments[i]
		t := ca.tokenAt(m.Start)
		if t >= hi {
			break
		}
		if (m.Start >= q.Start && m.End <= q.End) || ca.name(m) != speaker {
			continue
		}
		n, at := ca.possessed(tokenEnd(ca.toks, t, m.End))
		if n == "" || !ca.speaksAs(t, at, ca.tokenAt(q.Start), hi) {
			return "", "", false // named as a person in their own right
		}
		noun, head = n, ca.possessiveApposition(i, t, at)
	}
	return noun, head, noun != ""
}

// possessiveApposition is the name a possessive phrase from token t to its noun
// at token noun stands in apposition to: the mention ments[i-1] right
// before its comma, when a comma closes the phrase too ("Aitan Goelman,
// Strzok’s lawyer, said"; not "Unlike Mueller, Strzok's lawyer said").
func (ca *cast) possessiveApposition(i, t, noun int) string {
	if i == 0 || t == 0 || ca.toks[t-1].Text != "," || noun+1 >= len(ca.toks) || ca.toks[noun+1].Text != "," {
		return ""
	}
	prev := ca.ments[i-1]
	if tokenEnd(ca.toks, ca.tokenAt(prev.Start), prev.End) != t-1 {
		return ""
	}
	return ca.name(prev)
}

// roleHolder is the person the body describes with noun (roles) when a
// mention of them stands beside a mention of the possessor ("Strzok
// attorney Aitan Goelman"): "Aitan Goelman, Smith's lawyer" holds no role
// of Strzok's.
func (ca *cast) roleHolder(noun, possessor string) string {
	holder := ca.roleOf[noun]
	if holder == "" {
		return ""
	}
	for _, h := range ca.ments {
		if ca.name(h) != holder {
			continue
		}
		th := ca.tokenAt(h.Start)
		for _, p := range ca.ments {
			if tp := ca.tokenAt(p.Start); ca.name(p) == possessor && tp-th <= roleHolderReach && th-tp <= roleHolderReach {
				return holder
			}
		}
	}
	return ""
}

// possessed is the noun for a person that the possessive at token e makes
// someone's ("’s lawyer", "’s longtime attorney") and its token, or "".
func (ca *cast) possessed(e int) (string, int) {
	if e >= len(ca.toks) || !english.IsPossessiveMark(ca.toks[e].Text) {
		return "", 0
	}
	for t := e + 1; t < len(ca.toks) && t <= e+possessedReach; t++ {
		w := ca.lowTok(t)
		if ownPerson()[w] || kin()[w] {
			return w, t
		}
	}
	return "", 0
}

// speaksAs reports whether the phrase from the possessor at token t to its
// noun at token noun is what a cue attributes the quotation starting at
// token first to: a cue whose speaker follows it, right before the phrase
// ("said Scott's wife"; not "he told Biden's son"), or the cue that
// attributes it (the last before the quotation, else the first after it)
// with no other name or pronoun between ("Strzok’s attorney, meanwhile,
// blasted …, saying “…”"; not "As Trump's wife watched, he said “…”",
// "Thomas' mother Shondell McAllister … and her daughter screaming, “…”").
func (ca *cast) speaksAs(t, noun, first, hi int) bool {
	for c := max(t-cueBeforeReach, 0); c < t; c++ {
		if w, _ := ca.cues.at(c); w != "" && !ca.quoted[c] && ca.lex.inverts(w) && !addressed(w) {
			return true
		}
	}
	cue := -1
	if cs := ca.cues.in(noun+1, first); len(cs) > 0 {
		cue = cs[len(cs)-1]
	} else if cs := ca.cues.in(max(noun+1, first), hi); len(cs) > 0 {
		cue = cs[0]
	}
	if cue < 0 {
		return false
	}
	for u := noun + 1; u < cue; u++ {
		if !ca.quoted[u] && speakerPronouns[ca.lowTok(u)] {
			return false
		}
	}
	i := ca.mentionAfterToken(noun)
	return i == len(ca.ments) || ca.tokenAt(ca.ments[i].Start) >= cue
}

// mentionAfterToken is the index of the first mention whose token
// (tokenAt) comes after token t: one that starts past t's start.
func (ca *cast) mentionAfterToken(t int) int {
	if t < 0 {
		return 0
	}
	return ca.mentionFrom(ca.toks[t].Start + 1)
}

// addressed reports a cue whose object is the one spoken to: "he told
// Biden's son", "she asked Lee's wife".
func addressed(cue string) bool {
	l := Lemma(strings.ToLower(cue))
	return l == "tell" || l == "ask"
}
