package quote

import (
	"strings"
	"unicode"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/english"
)

// nominalAfter reads a common noun that speaks right after the cue that
// follows a quotation: "…,” said a spokesman for Sanders" (the name inside
// it), "…,” said the commission" (the organisation it stands for), "…,”
// tweeted a German user" (nobody we can name, but no one before either).
func (ca *cast) nominalAfter(cands []cand, cue, t int, prev string) (string, bool) {
	if t >= len(ca.toks) || !ca.followsQuote(cue) || ca.clauseSubject(cue) || ca.quoted[t] || !nounOpener(ca.lowTok(t)) {
		return "", false
	}
	end := t + 1
	for end < len(ca.toks) && end-t < 12 && !ca.quoted[end] && !clauseBreak(ca.toks[end].Text) && !relativeWords[ca.lowTok(end)] {
		end++
	}
	if end+1 < len(ca.toks) && ca.toks[end].Text == "," && candidateAt(cands, end+1) {
		return "", false // "said the Clinton campaign's chairman, John Podesta"
	}
	if name, ok := ca.nameInside(cands, t, end, prev); ok {
		return name, true
	}
	if !strings.EqualFold(ca.toks[t].Text, "the") {
		return "", true
	}
	return ca.theNoun(ca.descriptionHead(t, end), t), true
}

// descriptionHead is the head noun of the description from token the up to
// end: the word before its first preposition ("the president of the
// union", "the US president on Wednesday"), else its last word.
func (ca *cast) descriptionHead(the, end int) int {
	for i := the + 1; i < end; i++ {
		if linking(ca.lowTok(i)) {
			return i - 1
		}
	}
	return end - 1
}

// theNoun is who "the X" stands for, X the noun at token head and "the" at
// token the: the person the document described as X ("the nominee" after
// "Trump, the Republican nominee"), else the organisation named before
// whose head X is ("the department" after "the Justice Department").
func (ca *cast) theNoun(head, the int) string {
	noun := roleNoun(ca.toks[head].Text)
	if name, ok := ca.roleOf[noun]; ok {
		return name
	}
	if name, ok := ca.roleOf[ca.lowTok(head)]; ok && name == "" {
		return "" // a title the text gives two people
	}
	if org := ca.orgByHead(noun, ca.toks[the].Start); org != "" {
		return org
	}
	return ca.describedPerson(the, head)
}

// nameInside is the last name in the noun phrase from lo to hi, the one
// its words speak for ("a spokesman for Sanders"), unless the phrase is a
// person of their own ("an aide to Trump", "a source close to the
// Clintons": their words are not Trump's); ok is false when it has no name.
func (ca *cast) nameInside(cands []cand, lo, hi int, prev string) (string, bool) {
	for i := len(cands) - 1; i >= 0; i-- {
		c := cands[i]
		if c.m == nil || c.tok < lo || c.tok >= hi {
			continue
		}
		for t := lo; t < hi; t++ {
			if ownPerson()[ca.lowTok(t)] {
				return "", true // "an aide to Trump", "a Trump adviser"
			}
		}
		return ca.resolve(c, prev), true
	}
	return "", false
}

// ownPerson are nouns for people who speak for themselves even when a
// name stands beside them.
var ownPerson = english.LazyWordSet(`adviser advisor aide source sources official officials person people friend friends ally
	allies member members supporter supporters critic critics expert strategist staffer
	operative insider donor lawyer attorney voter voters delegate analyst colleague veteran`)

// nounOpeners open a common-noun phrase.
func nounOpener(w string) bool { return english.IsArticle(w) || w == "another" || w == "one" }

// nominalSubject reports whether a common noun stands right before the cue
// ("the ad’s narrator says", "a spokesman said").
func (ca *cast) nominalSubject(cue int) bool {
	if cue < 2 || ca.quoted[cue-1] || ca.clauseSubject(cue) {
		return false
	}
	w := []rune(ca.toks[cue-1].Text)
	low := ca.lowTok(cue - 1)
	if len(w) < 3 || !unicode.IsLower(w[0]) || ca.lex.speech(low) || ca.toks[cue-2].Text == "," || speakerPronouns[low] || pronounGender[low] != unknown {
		return false
	}
	if i := ca.mentionFrom(ca.toks[max(cue-3, 0)].Start); i < len(ca.ments) && ca.ments[i].Start < ca.toks[cue].Start {
		return false // a name right before the cue is its subject
	}
	// "…,” when asked whether …": a subordinator opens a clause without
	// a subject of its own, not a common noun
	return !adverbOrAux(low) && !english.IsSubordinator(low)
}

// nominalOwner is the name inside a common-noun subject, whose words the
// noun speaks for: "a spokesman for Sanders said", "the email sent out by
// Sanders warned", "the Clinton campaign’s statement said". It is the last
// name between the start of the clause and the cue; else, for "the X", the
// person the document described as X ("the nominee said" after "Trump, the
// Republican nominee"); else "" ("a spokesman said").
func (ca *cast) nominalOwner(cands []cand, cue int, prev string) string {
	start := cue - 1
	for start > 0 && cue-start < 12 && !ca.quoted[start-1] && !clauseBreak(ca.toks[start-1].Text) {
		start--
	}
	the := start < cue && strings.EqualFold(ca.toks[start].Text, "the")
	end := cue
	for end-1 > start && adverbOrAux(ca.lowTok(end-1)) {
		end-- // "the mayor also said"
	}
	head := ca.descriptionHead(start, end)
	if the && english.IsTitleWord(ca.toks[head].Text) && !candidateIn(cands, head, end) {
		// "the US president", "the bloc's top diplomat": a name before a
		// title says whose the office is, the holder speaks
		return ca.theNoun(head, start)
	}
	if name, ok := ca.nameInside(cands, start, cue, prev); ok {
		return name
	}
	if the {
		return ca.theNoun(head, start)
	}
	return ""
}

// orgByHead is the organisation named last, at most orgReachParas
// paragraphs before pos, whose head is the noun: "the commission says"
// after "the Commission on Presidential Debates", "the department said"
// after "the Justice Department", but not "the justice said".
func (ca *cast) orgByHead(noun string, pos int) string {
	if noun == "" || documentNouns[noun] {
		return ""
	}
	para := ca.paraOf(pos)
	for i := ca.mentionFrom(pos) - 1; i >= 0; i-- {
		m := ca.ments[i]
		if para-ca.paraOf(m.Start) > orgReachParas {
			break
		}
		if m.Type == storyline.Org && orgHead(m.Text) == noun {
			return ca.name(m)
		}
	}
	return ""
}

// orgReachParas bounds how far back "the commission" looks for its name.
const orgReachParas = 3

// orgHead is the head noun of an organisation's name, lower-cased: the word
// before its first preposition, else its last word.
func orgHead(name string) string {
	words := strings.Fields(strings.ToLower(name))
	for i, w := range words {
		if i > 0 && linking(w) {
			return words[i-1]
		}
	}
	if len(words) == 0 {
		return ""
	}
	return words[len(words)-1]
}

// documentNouns head the names of publications as well as things that
// speak for someone ("the report said", "the post said"): too common to
// stand for an organisation named before.
var documentNouns = map[string]bool{
	"report": true, "post": true, "times": true, "journal": true, "news": true, "review": true,
	"letter": true, "statement": true, "memo": true, "study": true, "poll": true, "survey": true,
}

// A definite description ("the US president", "the bloc's top diplomat")
// that the body never ties to a name by a title or an apposition (roles)
// still stands for a person of the text. News writes it two ways: after
// sentences about the person, as a variation of the name ("Trump has
// insisted … The US president on Wednesday ruled out …"), and before the
// name, in the lead of a wire story ("…, the bloc's top diplomat said
// Wednesday. Kaja Kallas made the announcement …").

// describedPerson is who the description whose head noun is at token head
// and whose article is at token the stands for, or "": the subject of the
// sentence before when the noun is a title (anaphora), else, when no
// person is named before it in its paragraph, the name that opens the next
// sentence (cataphora).
func (ca *cast) describedPerson(the, head int) string {
	noun := ca.lowTok(head)
	if english.IsTitleWord(noun) || english.IsRoleNoun(noun) {
		if name := ca.prevSubject(the); name != "" {
			return name
		}
	}
	if ca.personBefore(the) {
		return ""
	}
	return ca.nextOpener(head)
}

// prevSubject is the person who opens the sentence before token t, in the
// same paragraph or the one before it.
func (ca *cast) prevSubject(t int) string {
	lo, hi := ca.prevSentence(t)
	if lo >= hi || ca.paraOf(ca.toks[lo].Start) != ca.paraOf(ca.toks[t].Start) && !ca.adjacentParas(lo, t) {
		return ""
	}
	for i := ca.mentionFrom(ca.toks[lo].Start); i < len(ca.ments) && ca.ments[i].Start < ca.toks[hi-1].End; i++ {
		if m := ca.ments[i]; ca.firstOfSentence(m) {
			return ca.personName(m)
		}
	}
	return ""
}

// personName is the person a mention names, or "": a PERSON mention, or
// one typed otherwise whose name a PERSON mention of the text carries (a
// tagger reads "Trump has …" at a sentence start as an organisation).
func (ca *cast) personName(m storyline.Mention) string {
	if m.Type == storyline.Person {
		return ca.name(m)
	}
	n, _ := byLastWord(ca.names, english.StripPossessive(m.Text))
	return n
}

// personBefore reports whether a person is named before token t in its
// paragraph.
func (ca *cast) personBefore(t int) bool {
	p := ca.paras[ca.paraOf(ca.toks[t].Start)]
	for _, m := range ca.people {
		if m.Start >= ca.toks[t].Start {
			break
		}
		if m.Start >= p.Start {
			return true
		}
	}
	return false
}

// nextOpener is the person whose name opens the sentence after the one
// holding token t, in the same or the next paragraph.
func (ca *cast) nextOpener(t int) string {
	end := t
	for end < len(ca.toks) && !ca.endsAt(end) {
		end++
	}
	next := end + 1
	if next >= len(ca.toks) || ca.paraOf(ca.toks[next].Start)-ca.paraOf(ca.toks[t].Start) > 1 {
		return ""
	}
	i := ca.mentionFrom(ca.toks[next].Start)
	if i < len(ca.ments) && ca.ments[i].Start == ca.toks[next].Start {
		return ca.personName(ca.ments[i])
	}
	return ""
}
