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
func (a *analysis) nominalAfter(cands []cand, cue, t int, prev string) (string, bool) {
	if t >= len(a.toks) || !a.followsQuote(cue) || a.clauseSubject(cue) || a.quoted[t] || !nounOpener(strings.ToLower(a.toks[t].Text)) {
		return "", false
	}
	end := t + 1
	for end < len(a.toks) && end-t < 12 && !a.quoted[end] && !clauseBreak(a.toks[end].Text) && !relativeWords[strings.ToLower(a.toks[end].Text)] {
		end++
	}
	if end+1 < len(a.toks) && a.toks[end].Text == "," && a.candidateAt(cands, end+1) {
		return "", false // "said the Clinton campaign's chairman, John Podesta"
	}
	if name, ok := a.nameInside(cands, t, end, prev); ok {
		return name, true
	}
	if !strings.EqualFold(a.toks[t].Text, "the") {
		return "", true
	}
	return a.theNoun(a.descriptionHead(t, end), t), true
}

// descriptionHead is the head noun of the description from token the up to
// end: the word before its first preposition ("the president of the
// union", "the US president on Wednesday"), else its last word.
func (a *analysis) descriptionHead(the, end int) int {
	for i := the + 1; i < end; i++ {
		if linking(strings.ToLower(a.toks[i].Text)) {
			return i - 1
		}
	}
	return end - 1
}

// theNoun is who "the X" stands for, X the noun at token head and "the" at
// token the: the person the document described as X ("the nominee" after
// "Trump, the Republican nominee"), else the organisation named before
// whose head X is ("the department" after "the Justice Department").
func (a *analysis) theNoun(head, the int) string {
	noun := roleNoun(a.toks[head].Text)
	if name, ok := a.roleOf[noun]; ok {
		return name
	}
	if name, ok := a.roleOf[strings.ToLower(a.toks[head].Text)]; ok && name == "" {
		return "" // a title the text gives two people
	}
	if org := a.orgByHead(noun, a.toks[the].Start); org != "" {
		return org
	}
	return a.describedPerson(the, head)
}

// nameInside is the last name in the noun phrase from lo to hi, the one
// its words speak for ("a spokesman for Sanders"), unless the phrase is a
// person of their own ("an aide to Trump", "a source close to the
// Clintons": their words are not Trump's); ok is false when it has no name.
func (a *analysis) nameInside(cands []cand, lo, hi int, prev string) (string, bool) {
	for i := len(cands) - 1; i >= 0; i-- {
		c := cands[i]
		if c.m == nil || c.tok < lo || c.tok >= hi {
			continue
		}
		for t := lo; t < hi; t++ {
			if ownPerson[strings.ToLower(a.toks[t].Text)] {
				return "", true // "an aide to Trump", "a Trump adviser"
			}
		}
		return a.resolve(c, prev), true
	}
	return "", false
}

// ownPerson are nouns for people who speak for themselves even when a
// name stands beside them.
var ownPerson = map[string]bool{
	"adviser": true, "advisor": true, "aide": true, "source": true, "sources": true, "official": true,
	"officials": true, "person": true, "people": true, "friend": true, "friends": true, "ally": true,
	"allies": true, "member": true, "members": true, "supporter": true, "supporters": true, "critic": true,
	"critics": true, "expert": true, "strategist": true, "staffer": true, "operative": true, "insider": true,
	"donor": true, "lawyer": true, "attorney": true, "voter": true, "voters": true, "delegate": true,
	"analyst": true, "colleague": true, "veteran": true,
}

// nounOpeners open a common-noun phrase.
func nounOpener(w string) bool { return english.IsArticle(w) || w == "another" || w == "one" }

// nominalSubject reports whether a common noun stands right before the cue
// ("the ad’s narrator says", "a spokesman said").
func (a *analysis) nominalSubject(cue int) bool {
	if cue < 2 || a.quoted[cue-1] || a.clauseSubject(cue) {
		return false
	}
	w := []rune(a.toks[cue-1].Text)
	low := strings.ToLower(a.toks[cue-1].Text)
	if len(w) < 3 || !unicode.IsLower(w[0]) || a.lex.speech(low) || a.toks[cue-2].Text == "," || speakerPronouns[low] || pronounGender[low] != unknown {
		return false
	}
	if i := a.mentionFrom(a.toks[max(cue-3, 0)].Start); i < len(a.ments) && a.ments[i].Start < a.toks[cue].Start {
		return false // a name right before the cue is its subject
	}
	return !adverbOrAux(strings.ToLower(a.toks[cue-1].Text))
}

// nominalOwner is the name inside a common-noun subject, whose words the
// noun speaks for: "a spokesman for Sanders said", "the email sent out by
// Sanders warned", "the Clinton campaign’s statement said". It is the last
// name between the start of the clause and the cue; else, for "the X", the
// person the document described as X ("the nominee said" after "Trump, the
// Republican nominee"); else "" ("a spokesman said").
func (a *analysis) nominalOwner(cands []cand, cue int, prev string) string {
	start := cue - 1
	for start > 0 && cue-start < 12 && !a.quoted[start-1] && !clauseBreak(a.toks[start-1].Text) {
		start--
	}
	the := start < cue && strings.EqualFold(a.toks[start].Text, "the")
	end := cue
	for end-1 > start && adverbOrAux(strings.ToLower(a.toks[end-1].Text)) {
		end-- // "the mayor also said"
	}
	head := a.descriptionHead(start, end)
	if the && english.IsTitleWord(a.toks[head].Text) && !a.candidateIn(cands, head, end) {
		// "the US president", "the bloc's top diplomat": a name before a
		// title says whose the office is, the holder speaks
		return a.theNoun(head, start)
	}
	if name, ok := a.nameInside(cands, start, cue, prev); ok {
		return name
	}
	if the {
		return a.theNoun(head, start)
	}
	return ""
}

// orgByHead is the organisation named last, at most orgReachParas
// paragraphs before pos, whose head is the noun: "the commission says"
// after "the Commission on Presidential Debates", "the department said"
// after "the Justice Department", but not "the justice said".
func (a *analysis) orgByHead(noun string, pos int) string {
	if noun == "" || documentNouns[noun] {
		return ""
	}
	para := a.paraOf(pos)
	for i := a.mentionFrom(pos) - 1; i >= 0; i-- {
		m := a.ments[i]
		if para-a.paraOf(m.Start) > orgReachParas {
			break
		}
		if m.Type == storyline.Org && orgHead(m.Text) == noun {
			return a.name(m)
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
func (a *analysis) describedPerson(the, head int) string {
	noun := strings.ToLower(a.toks[head].Text)
	if english.IsTitleWord(noun) || english.IsRoleNoun(noun) {
		if name := a.prevSubject(the); name != "" {
			return name
		}
	}
	if a.personBefore(the) {
		return ""
	}
	return a.nextOpener(head)
}

// prevSubject is the person who opens the sentence before token t, in the
// same paragraph or the one before it.
func (a *analysis) prevSubject(t int) string {
	lo, hi := a.prevSentence(t)
	if lo >= hi || a.paraOf(a.toks[lo].Start) != a.paraOf(a.toks[t].Start) && !a.adjacentParas(lo, t) {
		return ""
	}
	for i := a.mentionFrom(a.toks[lo].Start); i < len(a.ments) && a.ments[i].Start < a.toks[hi-1].End; i++ {
		if m := a.ments[i]; a.firstOfSentence(m) {
			return a.personName(m)
		}
	}
	return ""
}

// personName is the person a mention names, or "": a PERSON mention, or
// one typed otherwise whose name a PERSON mention of the text carries (a
// tagger reads "Trump has …" at a sentence start as an organisation).
func (a *analysis) personName(m storyline.Mention) string {
	if m.Type == storyline.Person {
		return a.name(m)
	}
	return a.names[lastWord(english.StripPossessive(m.Text))]
}

// personBefore reports whether a person is named before token t in its
// paragraph.
func (a *analysis) personBefore(t int) bool {
	p := a.paras[a.paraOf(a.toks[t].Start)]
	for _, m := range a.people {
		if m.Start >= a.toks[t].Start {
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
func (a *analysis) nextOpener(t int) string {
	end := t
	for end < len(a.toks) && !a.endsAt(end) {
		end++
	}
	next := end + 1
	if next >= len(a.toks) || a.paraOf(a.toks[next].Start)-a.paraOf(a.toks[t].Start) > 1 {
		return ""
	}
	i := a.mentionFrom(a.toks[next].Start)
	if i < len(a.ments) && a.ments[i].Start == a.toks[next].Start {
		return a.personName(a.ments[i])
	}
	return ""
}
