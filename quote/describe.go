package quote

import (
	"strings"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/english"
)

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
// same paragraph.
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

// adjacentParas reports whether the paragraphs of tokens lo and t follow
// each other: news paragraphs are often one sentence long.
func (a *analysis) adjacentParas(lo, t int) bool {
	return a.paraOf(a.toks[t].Start)-a.paraOf(a.toks[lo].Start) == 1
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
