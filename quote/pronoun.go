package quote

import (
	"sort"
	"strings"

	"github.com/storyline-news/storyline"
)

type gender int

const (
	unknown gender = iota
	male
	female
)

var pronounGender = map[string]gender{
	"he": male, "him": male, "his": male, "himself": male,
	"she": female, "her": female, "hers": female, "herself": female,
}

var honorificGender = map[string]gender{
	"mr": male, "mr.": male, "mrs": female, "mrs.": female, "ms": female, "ms.": female, "miss": female,
}

// genders guesses each person's gender from the document itself: honorifics
// before their mentions, then the third-person pronouns outside quotation
// marks in reading order, each credited to the nearest earlier person (the
// subjects of sentences first) whose votes so far do not say otherwise. A
// first-name list would help, but none may be copied into the repository.
func (a *analysis) genders() map[string]gender {
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
	for _, m := range a.people {
		if g := honorificGender[strings.ToLower(a.tokenBefore(m.Start))]; g != unknown {
			vote(a.name(m), g, 5)
		}
		if !a.insideSegment(m.Span) {
			outside = append(outside, m)
		}
	}
	for t, tok := range a.toks {
		g := pronounGender[strings.ToLower(tok.Text)]
		if g == unknown || a.quoted[t] {
			continue
		}
		if name := a.antecedent(outside, t, g, leaning); name != "" {
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

// antecedent is the person a pronoun of gender g at token t most likely
// refers to while genders are being learned: the nearest subject within
// reach whose gender so far agrees, else the nearest other mention.
func (a *analysis) antecedent(people []storyline.Mention, t int, g gender, leaning func(string) gender) string {
	for _, subjectsOnly := range []bool{true, false} {
		from := sort.Search(len(people), func(i int) bool { return people[i].Start >= a.toks[t].Start })
		for i := from - 1; i >= 0; i-- {
			m := people[i]
			mt := a.tokenAt(m.Start)
			if t-mt > 80 {
				break
			}
			if subjectsOnly && !a.isSubject(m) {
				continue
			}
			name := a.name(m)
			if leaning(name) != opposite(g) {
				return name
			}
		}
	}
	return ""
}

func (a *analysis) tokenBefore(pos int) string {
	i := a.tokenAt(pos) - 1
	if i < 0 {
		return ""
	}
	return a.toks[i].Text
}

// resolvePronoun finds the person a he/she at token t refers to. Earlier
// PERSON mentions outside quotation marks are scored: nearer is better, a
// known gender that agrees is much better (one that disagrees rules the
// mention out), and the speaker of the quote just before and the subjects
// of sentences are favoured. Plural and first-person pronouns stay
// unresolved: they are not one person.
func (a *analysis) resolvePronoun(t int, prev string) string {
	g, ok := pronounGender[strings.ToLower(a.toks[t].Text)]
	if !ok {
		return ""
	}
	pos := a.toks[t].Start
	best, bestScore := "", -1e9
	for i := a.mentionFrom(pos) - 1; i >= 0; i-- {
		m := a.ments[i]
		dist := t - a.tokenAt(m.Start)
		if dist > 250 {
			break
		}
		name := a.name(m)
		h := a.gender[name]
		if m.Type != storyline.Person || h != unknown && h != g {
			continue
		}
		score := -float64(dist) / 20 // the scale was tuned on the PolNeAR train split
		if h == g {
			score += 3
		}
		if name == prev {
			score += 1.5
		}
		if a.isSubject(m) {
			score++
		}
		if score > bestScore {
			best, bestScore = name, score
		}
	}
	if best == "" && prev != "" && a.gender[prev] != opposite(g) {
		return prev
	}
	return best
}

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
func (a *analysis) isSubject(m storyline.Mention) bool {
	t := a.tokenAt(m.Start)
	e := tokenEnd(a.toks, t, m.End)
	if e < len(a.toks) && a.toks[e].Text == "(" {
		for e < len(a.toks) && e < t+12 && a.toks[e].Text != ")" {
			e++
		}
		e++
	}
	if e < len(a.toks) && a.lex.speech(a.toks[e].Text) {
		return true
	}
	lo, _ := a.beforeWindow(m.Start)
	if lo == t {
		return true
	}
	i := a.mentionFrom(a.toks[lo].Start)
	return i < len(a.ments) && a.ments[i].Start == m.Start
}
