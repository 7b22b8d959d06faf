package quote

import (
	"sort"
	"strings"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/english"
)

// gender is the gender a word or a name implies.
type gender = english.Gender

const (
	unknown = english.Unknown
	male    = english.Male
	female  = english.Female
)

var pronounGender = map[string]gender{
	"he": male, "him": male, "his": male, "himself": male,
	"she": female, "her": female, "hers": female, "herself": female,
}

// honorificGender is the gender an honorific implies (unknown for any
// other word).
func honorificGender(w string) gender {
	g, _ := english.Honorific(w)
	return g
}

// genders guesses each person's gender: the first name as Train learned it
// from the training text (no name list is copied into the repository), the
// honorifics before their mentions, then the third-person pronouns outside
// quotation marks (but him and her, which seldom mean the subject) in
// reading order, each credited to the nearest earlier person (the subjects
// of sentences first) whose votes so far do not say otherwise.
func (ca *cast) genders() map[string]gender {
	votes := map[string][2]int{}
	vote := func(name string, g gender, n int) {
		v := votes[name]
		v[g-1] += n
		votes[name] = v
	}
	leaning := func(name string) gender {
		v := votes[name]
		switch {
		case v[0] > v[1]:
			return male
		case v[1] > v[0]:
			return female
		}
		return unknown
	}
	var outside []storyline.Mention
	named := map[string]bool{}
	for _, m := range ca.people {
		name := ca.name(m)
		if g := ca.lex.FirstNameGender(name); g != unknown && !named[name] {
			named[name] = true
			vote(name, g, firstNameWeight)
		}
		if g := honorificGender(ca.tokenBefore(m.Start)); g != unknown {
			vote(name, g, 5)
		}
		if !ca.insideSegment(m.Span) {
			outside = append(outside, m)
		}
	}
	for t := range ca.toks {
		w := ca.lowTok(t)
		g := pronounGender[w]
		if g == unknown || ca.quoted[t] || w == "him" || w == "her" {
			continue // an object pronoun is seldom the subject's: "McCaskill scolded him"
		}
		if name := ca.antecedent(outside, t, g, leaning); name != "" {
			vote(name, g, 1)
		}
	}
	out := map[string]gender{}
	for n := range votes {
		if g := leaning(n); g != unknown {
			out[n] = g
		}
	}
	return out
}

// firstNameWeight is what a learned first name counts for against the
// document's own honorifics (5 each) and pronouns (1 each).
const firstNameWeight = 4

// antecedent is the person a pronoun of gender g at token t most likely
// refers to while genders are being learned: the nearest subject within
// reach whose gender so far agrees, else the nearest other mention.
func (ca *cast) antecedent(people []storyline.Mention, t int, g gender, leaning func(string) gender) string {
	for _, subjectsOnly := range []bool{true, false} {
		from := sort.Search(len(people), func(i int) bool { return people[i].Start >= ca.toks[t].Start })
		for i := from - 1; i >= 0; i-- {
			m := people[i]
			mt := ca.tokenAt(m.Start)
			if t-mt > 80 {
				break
			}
			if subjectsOnly && !ca.isSubject(m) {
				continue
			}
			name := ca.name(m)
			if leaning(name) != opposite(g) {
				return name
			}
		}
	}
	return ""
}

func (ca *cast) tokenBefore(pos int) string {
	i := ca.tokenAt(pos) - 1
	if i < 0 {
		return ""
	}
	return ca.toks[i].Text
}

// pronounChain resolves every he/she outside quotation marks in reading
// order, so that a later pronoun can follow the chain ("Rendell said … He
// added … “…,” he said").
func (ca *cast) pronounChain() []pronounRef {
	var out []pronounRef
	for t := range ca.toks {
		if ca.quoted[t] || pronounGender[ca.lowTok(t)] == unknown || !speakerPronouns[ca.lowTok(t)] {
			continue
		}
		ca.refs = out
		if name := ca.resolvePronoun(t, ""); name != "" {
			out = append(out, pronounRef{tok: t, name: name})
		}
	}
	ca.refs = nil
	return out
}

// pronounWeights score the people a he/she may refer to; they were tuned on
// the PolNeAR train split by coordinate search over speaker accuracy.
var pronounWeights = struct {
	// distance is the cost of one token between the mention and the pronoun.
	distance float64
	// gender is the bonus for a known gender that agrees (one that
	// disagrees rules the person out).
	gender float64
	// prevSpeaker is the bonus for the speaker of the quotation before, in
	// the same paragraph.
	prevSpeaker float64
	// subject is the bonus for the first name of a sentence, cueSubject for
	// a later one right before a cue ("… claiming that President Obama
	// wanted …" is seldom what the next "he said" means), chain for an
	// earlier resolved he/she, prevSubject for a subject of the sentence
	// before the pronoun's.
	subject, cueSubject, chain, prevSubject float64
	// samePara is the bonus for a mention in the pronoun's paragraph: a
	// new paragraph that names someone is most often about them. It was
	// chosen on the 2,869 he/she sources of PolNeAR train, resolved where
	// the gold puts them: right 1,740 with none, 1,813 with 2 (1.5 to 4
	// give 1,812 to 1,814; the other weights stay at their best there).
	samePara float64
}{distance: 1.0 / 20, gender: 1.125, prevSpeaker: 0.5, subject: 2, cueSubject: 0.5, chain: 0.5, prevSubject: 0.5, samePara: 2}

// resolvePronoun finds the person a he/she at token t refers to, or the
// organisation an "it" or "they" speaks for. The people mentioned outside
// quotation marks before a he/she are scored (see pronounWeights): nearer is
// better, a known gender that agrees is better, and the speaker of the quote
// just before and the subjects of sentences are favoured; earlier he/she
// resolved in the chain count as mentions in subject position. First-person
// pronouns stay unresolved.
func (ca *cast) resolvePronoun(t int, prev string) string {
	w := ca.lowTok(t)
	if w == "it" || w == "they" {
		return ca.resolveOrg(t)
	}
	g, ok := pronounGender[w]
	if !ok {
		return ""
	}
	return ca.bestAntecedent(ca.pronounScores(t, g, prev), g, prev)
}

// bestAntecedent is the person a he/she of gender g refers to, given the
// scores of pronounScores: the best scored (the first name of equals),
// else the speaker of the quote before when their gender allows.
func (ca *cast) bestAntecedent(scores map[string]float64, g gender, prev string) string {
	name, bestScore := "", -1e9
	for n, s := range scores {
		if s > bestScore || s == bestScore && n < name {
			name, bestScore = n, s
		}
	}
	if name == "" && prev != "" && ca.gender[prev] != opposite(g) {
		return prev
	}
	return name
}

// pronounScores scores every person a he/she of gender g at token t may
// refer to (see pronounWeights); prev is the speaker of the quote before.
func (ca *cast) pronounScores(t int, g gender, prev string) map[string]float64 {
	scores := ca.antecedentScores(t, g)
	for n, s := range scores {
		if ca.gender[n] == g {
			s += pronounWeights.gender
		}
		if n == prev {
			s += pronounWeights.prevSpeaker
		}
		scores[n] = s
	}
	return scores
}

// antecedentScores scores every person of a gender compatible with g
// mentioned (or referred to by a resolved he/she) within reach before token
// t, by their best mention.
func (ca *cast) antecedentScores(t int, g gender) map[string]float64 {
	best := map[string]float64{}
	plo, phi := ca.prevSentence(t)
	para := ca.paraOf(ca.toks[t].Start)
	w := pronounWeights
	consider := func(name string, tok int, subject float64, pron bool) {
		if h := ca.gender[name]; h != unknown && h != g {
			return
		}
		s := -float64(t-tok) * w.distance
		s += subject
		if ca.paraOf(ca.toks[tok].Start) == para {
			s += w.samePara
		}
		if pron {
			s += w.chain
		}
		if subject > 0 && tok >= plo && tok < phi {
			s += w.prevSubject
		}
		if v, ok := best[name]; !ok || s > v {
			best[name] = s
		}
	}
	for i := ca.mentionFrom(ca.toks[t].Start) - 1; i >= 0; i-- {
		m := ca.ments[i]
		mt := ca.tokenAt(m.Start)
		if t-mt > maxPronounReach {
			break
		}
		if m.Type == storyline.Person {
			consider(ca.name(m), mt, ca.subjectBonus(m), false)
		}
	}
	for i := len(ca.refs) - 1; i >= 0 && t-ca.refs[i].tok <= maxPronounReach; i-- {
		if r := ca.refs[i]; r.tok < t {
			consider(r.name, r.tok, w.subject, true)
		}
	}
	return best
}

// subjectBonus is what a mention's place in its sentence adds to its score
// as the person a pronoun refers to.
func (ca *cast) subjectBonus(m storyline.Mention) float64 {
	switch {
	case ca.firstOfSentence(m):
		return pronounWeights.subject
	case ca.beforeCue(m):
		return pronounWeights.cueSubject
	}
	return 0
}

// resolveOrg finds the organisation an "it" (or a "they") at token t
// speaks for: the nearest organisation in subject position in its sentence
// or the one before ("The International Monetary Fund … it referenced").
func (ca *cast) resolveOrg(t int) string {
	plo, _ := ca.prevSentence(t)
	for i := ca.mentionFrom(ca.toks[t].Start) - 1; i >= 0; i-- {
		m := ca.ments[i]
		mt := ca.tokenAt(m.Start)
		if mt < plo || t-mt > 60 {
			break
		}
		if m.Type == storyline.Org && ca.isSubject(m) {
			return ca.name(m)
		}
	}
	return ""
}

// maxPronounReach is how many tokens back a pronoun looks for its person.
const maxPronounReach = 250

func opposite(g gender) gender {
	switch g {
	case male:
		return female
	case female:
		return male
	}
	return unknown
}

// isSubject reports whether a mention is the first name of its sentence or
// stands right before a cue (past a bracket, as in "Perdue (R-Ga.) said"):
// the people sentences are about.
func (ca *cast) isSubject(m storyline.Mention) bool {
	return ca.firstOfSentence(m) || ca.beforeCue(m)
}

// firstOfSentence reports whether a mention is the first name of its
// sentence, or the person that first name only describes ("Clinton
// communication director Jennifer Palmieri": Palmieri).
func (ca *cast) firstOfSentence(m storyline.Mention) bool {
	t := ca.tokenAt(m.Start)
	lo, _ := ca.beforeWindow(m.Start)
	i := ca.mentionFrom(ca.toks[lo].Start)
	if i >= len(ca.ments) {
		return lo == t
	}
	first := ca.ments[i]
	if first.Start == m.Start {
		return ca.modified(i) < 0
	}
	// "Clinton communication director Jennifer Palmieri said": the first
	// name only describes the person after it
	return lo == t || ca.modified(i) == ca.mentionFrom(m.Start)
}

// modified is the index of the person a mention describes, when a role of
// lower-case words or titles is all that stands between them ("Clinton
// communication director Jennifer Palmieri", "Trump campaign spokesman
// Jason Miller"); else -1.
func (ca *cast) modified(i int) int {
	if i+1 >= len(ca.ments) || ca.ments[i+1].Type != storyline.Person {
		return -1
	}
	from := tokenEnd(ca.toks, ca.tokenAt(ca.ments[i].Start), ca.ments[i].End)
	to := ca.tokenAt(ca.ments[i+1].Start)
	if ca.possessedApposition(from, to) {
		return i + 1 // "Trump's attorney, Alan Garten, said": Garten is the subject
	}
	if to-from < 1 || to-from > 4 {
		return -1
	}
	for t := from; t < to; t++ {
		w := ca.toks[t].Text
		if !english.IsLower(w) && !english.IsSurnameTitle(strings.ToLower(w)) || ca.cues.speechAt(t) || adverbOrAux(w) {
			return -1
		}
	}
	if !english.IsRoleNoun(ca.lowTok(to - 1)) {
		return -1 // "Trump beat Cruz": a verb, not a role
	}
	return i + 1
}

// possessedApposition reports whether the tokens from e to the person at
// token to are a possessive mark, a noun for a person (its role or kin,
// past at most one modifier) and the comma that opens the person's name in
// apposition: "Trump's attorney, Alan Garten", "Lee's longtime aide,
// Ana Holm". The possessor only describes that person.
func (ca *cast) possessedApposition(e, to int) bool {
	if e >= len(ca.toks) || !english.IsPossessiveMark(ca.toks[e].Text) || to-e < 3 || to-e > possessedReach+2 || ca.toks[to-1].Text != "," {
		return false
	}
	for t := e + 1; t < to-1; t++ {
		if !english.IsLower(ca.toks[t].Text) {
			return false
		}
	}
	w := ca.lowTok(to - 2)
	return ownPerson()[w] || kin()[w] || english.IsRoleNoun(w)
}

// beforeCue reports whether a cue follows the mention (past a person's
// place or body and a bracket, as in "Boehner of Ohio said", "Perdue
// (R-Ga.) said").
func (ca *cast) beforeCue(m storyline.Mention) bool {
	t := ca.tokenAt(m.Start)
	e := ca.pastBrackets(ca.mentionEnd(m, t), min(len(ca.toks), t+12))
	return e < len(ca.toks) && ca.cues.speechAt(e)
}

// pronounRef is a he/she outside quotation marks and the person it was
// resolved to.
type pronounRef struct {
	tok  int
	name string
}

// PronounResolution is a he/she outside quotation marks and the person
// the stage resolves it to ("" for nobody).
type PronounResolution struct {
	Span storyline.Span
	Name string
}

// PronounResolutions reads an annotated Doc (tokens, sentences, entities)
// as the stage does and resolves every he/she outside quotation marks as
// a speaker's pronoun with no quotation before it: what train speakers
// reports the gold's pronoun sources resolve to.
func (s *Stage) PronounResolutions(d *storyline.Doc) []PronounResolution {
	if d.Article == nil || strings.TrimSpace(d.Article.Body) == "" {
		return nil
	}
	v := newView(d)
	ca := newCast(d, &cues{view: v, lex: s.Lexicon})
	var out []PronounResolution
	for t := range ca.toks {
		if w := ca.lowTok(t); !ca.quoted[t] && pronounGender[w] != unknown && speakerPronouns[w] {
			out = append(out, PronounResolution{Span: ca.toks[t].Span, Name: ca.resolvePronoun(t, "")})
		}
	}
	return out
}
