package quote

import (
	"strings"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/english"
)

// Where a quotation's clauses name its speaker only as the possessor of
// another person ("Mr. Strzok’s lawyer said", "…,” said Scott's wife"),
// the words are that person's: the one the body describes with that noun
// ("Aitan Goelman, Strzok’s lawyer") when it names one, else nobody. This
// is grammar, not a weighing: a possessive before a noun for a person
// names someone else. "Trump's campaign said" stays Trump's (a campaign
// is no person).

// kin are the nouns of family, who beside ownPerson's nouns are people of
// their own whom another's possessive designates ("Scott's wife").
var kin = english.LazyWordSet(`wife husband daughter son mother father brother sister
	spouse widow widower niece nephew cousin uncle aunt grandson granddaughter`)

// possessorSpeakers gives each quote whose speaker the clauses around it
// name only as a possessor (possessedBy) the person meant instead.
func (ca *cast) possessorSpeakers(qs []storyline.Quote) {
	for i := range qs {
		if qs[i].Speaker == "" {
			continue
		}
		if noun, head, ok := ca.possessedBy(storyline.Span{Start: qs[i].Start, End: qs[i].End}, qs[i].Speaker); ok {
			name := head
			if name == "" {
				name = ca.roleOf[noun]
			}
			if name == qs[i].Speaker {
				name = ""
			}
			qs[i].Speaker = name
		}
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
	for i, m := range ca.ments {
		t := ca.tokenAt(m.Start)
		if t < lo || t >= hi || (m.Start >= q.Start && m.End <= q.End) || ca.name(m) != speaker {
			continue
		}
		n, at := ca.possessed(tokenEnd(ca.toks, t, m.End))
		if n == "" || !ca.speaksAs(t, at, hi) {
			return "", "", false // named as a person in their own right
		}
		noun, head = n, ""
		if i > 0 && t > 0 && ca.toks[t-1].Text == "," && tokenEnd(ca.toks, ca.tokenAt(ca.ments[i-1].Start), ca.ments[i-1].End) == t-1 {
			head = ca.name(ca.ments[i-1])
		}
	}
	return noun, head, noun != ""
}

// possessed is the noun for a person that the possessive at token e makes
// someone's ("’s lawyer", "’s longtime attorney") and its token, or "".
func (ca *cast) possessed(e int) (string, int) {
	if e >= len(ca.toks) || !possessiveMark(ca.toks[e].Text) {
		return "", 0
	}
	for t := e + 1; t < len(ca.toks) && t <= e+2; t++ {
		w := strings.ToLower(ca.toks[t].Text)
		if ownPerson()[w] || kin()[w] {
			return w, t
		}
	}
	return "", 0
}

// speaksAs reports whether the phrase from the possessor at token t to its
// noun at token noun is what a cue attributes to: a cue right before it
// ("said Scott's wife"), or the next cue after it with no other name
// between ("Strzok’s attorney, meanwhile, blasted …, saying"; not
// "Thomas' mother Shondell McAllister … and her daughter screaming").
func (ca *cast) speaksAs(t, noun, hi int) bool {
	for c := max(t-2, 0); c < t; c++ {
		if w, _ := ca.cues.at(c); w != "" && !ca.quoted[c] {
			return true
		}
	}
	cs := ca.cues.in(noun+1, hi)
	if len(cs) == 0 {
		return false
	}
	for _, m := range ca.ments {
		if u := ca.tokenAt(m.Start); u > noun && u < cs[0] {
			return false
		}
	}
	return true
}

// possessiveMark is the token the tokenizer splits off a possessive: "’s",
// or the lone apostrophe of "Jones’".
func possessiveMark(w string) bool {
	switch w {
	case "'s", "’s", "'", "’":
		return true
	}
	return false
}
