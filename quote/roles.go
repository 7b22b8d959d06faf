package quote

import (
	"strings"
	"unicode"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/english"
)

// roles maps the head nouns the document uses for its people to the person:
// "Trump, the Republican nominee" and "Republican nominee Donald Trump" both
// teach nominee → Donald Trump, so that a later "the nominee said" is his.
// A head used for two people is ambiguous: it maps to "", nobody, so that
// "the senator" after two senators is not guessed at. Titles that also
// stand before bare surnames ("president", "senator") are kept only as
// ambiguous: "the president" in a text that names one is as often the
// sitting one, unnamed.
func (ca *cast) roles() map[string]string {
	out := map[string]string{}
	titled := map[string]string{}
	add := func(w, name string) {
		head := roleNoun(w)
		if head == "" {
			if t := strings.ToLower(w); english.IsSurnameTitle(t) {
				if n, ok := titled[t]; ok && n != name {
					out[t] = ""
				}
				titled[t] = name
			}
			return
		}
		if n, ok := out[head]; ok && n != name {
			out[head] = ""
			return
		}
		out[head] = name
	}
	lower := ca.lowerWords()
	for _, m := range ca.ments {
		if m.Type != storyline.Person {
			continue
		}
		t := ca.tokenAt(m.Start)
		if t >= len(ca.toks) || ca.toks[t].Start != m.Start {
			continue // a mention that does not start a token
		}
		e := tokenEnd(ca.toks, t, m.End)
		name := ca.name(m)
		// "Republican nominee Donald Trump", "the Vermont senator, Bernie Sanders"
		if lw := ca.lowTok(t); e > t+1 && lower[lw] {
			add(lw, name) // the tagger kept the title: "President Obama"
		}
		if t > 0 && !ca.quoted[t-1] {
			w := ca.toks[t-1].Text
			if lw := strings.ToLower(w); english.StartsUpper(w) && lower[lw] {
				w = lw // "Mayor Bill de Blasio" and, later, "the mayor"
			}
			add(w, name)
			if t > 1 && ca.toks[t-1].Text == "," {
				add(ca.toks[t-2].Text, name)
			}
		}
		// "Trump, the Republican nominee, said", "Ray, the senator from
		// Iowa", "Aitan Goelman, Strzok’s lawyer, said"
		if from := ca.appositionNoun(e); from > 0 {
			for i := from; i < len(ca.toks) && i < e+8 && !ca.quoted[i]; i++ {
				if w := ca.lowTok(i); clauseBreak(w) || w == "who" || linking(w) {
					add(ca.toks[i-1].Text, name)
					break
				}
			}
		}
	}
	return out
}

// appositionNoun is where the description after a name's closing comma at
// token e starts past its determiner ("the", "his") or its possessor
// ("Strzok ’s"), or 0 when none follows.
func (ca *cast) appositionNoun(e int) int {
	if e+1 >= len(ca.toks) || ca.toks[e].Text != "," {
		return 0
	}
	if english.IsDeterminer(ca.lowTok(e + 1)) {
		return e + 2
	}
	// a name of up to maxPossessorWords words ("Mr. Strzok") and its "’s"
	for j := e + 1; j < len(ca.toks) && j <= e+maxPossessorWords; j++ {
		if !english.StartsUpper(ca.toks[j].Text) {
			return 0
		}
		if j+1 < len(ca.toks) && english.IsPossessiveMark(ca.toks[j+1].Text) {
			return j + 2
		}
	}
	return 0
}

// maxPossessorWords bounds the name before a possessive in an apposition:
// "Mr. Peter Strzok’s".
const maxPossessorWords = 3

// roleNoun is w lower-cased when it can head a description of a person: a
// lower-case word of letters that is no function word.
func roleNoun(w string) string {
	if len(w) < 4 {
		return ""
	}
	for _, r := range w {
		if !unicode.IsLower(r) {
			return ""
		}
	}
	if adverbOrAux(w) || english.IsDeterminer(w) || notName(w) {
		return ""
	}
	return w
}

// linking reports a preposition or "and": the words that tie a role noun to
// what it is a role of ("director of", "aide to", "secretary and").
func linking(w string) bool { return english.IsPreposition(w) || w == "and" }
