package quote

import (
	"sort"
	"strings"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/english"
	"github.com/storyline-news/storyline/entity"
)

// cand is a possible speaker: a PERSON or ORG mention, or a pronoun, at a
// token outside quotation marks.
type cand struct {
	tok  int
	m    *storyline.Mention
	pron bool
}

var speakerPronouns = map[string]bool{"he": true, "she": true, "they": true, "we": true, "it": true}

// mentionFrom is the index of the first mention starting at or after pos.
func (ca *cast) mentionFrom(pos int) int {
	return sort.Search(len(ca.ments), func(i int) bool { return ca.ments[i].Start >= pos })
}

func (ca *cast) candidates(lo, hi int) []cand {
	var out []cand
	if lo >= hi {
		return nil
	}
	for i := ca.mentionFrom(ca.toks[lo].Start); i < len(ca.ments); i++ {
		m := &ca.ments[i]
		t := ca.tokenAt(m.Start)
		if t >= hi {
			break
		}
		if !ca.inParens(t) {
			out = append(out, cand{tok: t, m: m})
		}
	}
	for t := lo; t < hi; t++ {
		if ca.quoted[t] {
			continue
		}
		if w := ca.lowTok(t); speakerPronouns[w] && (w != "it" || ca.cues.follows(t)) {
			out = append(out, cand{tok: t, pron: true})
		}
		if m, ok := ca.titled(t, out); ok {
			out = append(out, cand{tok: t + 1, m: m})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].tok < out[j].tok })
	return ca.dropAffiliations(out)
}

// titled reads "Mr. King" where the tagger missed "King" but the document
// names a person "Larry King": the title and the surname make a candidate.
func (ca *cast) titled(t int, have []cand) (*storyline.Mention, bool) {
	if !english.IsSurnameTitle(ca.lowTok(t)) || t+1 >= len(ca.toks) {
		return nil, false
	}
	next := ca.toks[t+1]
	for _, c := range have {
		if c.tok == t+1 {
			return nil, false
		}
	}
	full, ok := ca.names[strings.ToLower(next.Text)]
	if !ok || !english.StartsUpper(next.Text) || ca.insideMention(next.Span) {
		return nil, false
	}
	return entity.Titled(next, ca.canonicalOf(full)), true
}

func (ca *cast) insideMention(s storyline.Span) bool {
	i := ca.mentionFrom(s.Start)
	return i < len(ca.ments) && ca.ments[i].Start == s.Start || i > 0 && ca.ments[i-1].End > s.Start
}

// resolve turns a candidate into a canonical name; prev is the speaker of
// the quote before, which a pronoun most often continues.
func (ca *cast) resolve(c cand, prev string) string {
	if c.m != nil {
		return ca.name(*c.m)
	}
	return ca.resolvePronoun(c.tok, prev)
}

func candidateAt(cands []cand, t int) bool {
	for _, c := range cands {
		if c.tok == t && c.m != nil {
			return true
		}
	}
	return false
}

// candEnd is the token after a candidate: after its mention, or after the
// pronoun. A person's place or body goes with the name ("Boehner of Ohio
// said", "Tanner of the Cato Institute said"): what follows the person is
// what follows it.
func (ca *cast) candEnd(c cand) int {
	if c.m == nil {
		return c.tok + 1
	}
	return ca.mentionEnd(*c.m, c.tok)
}

// mentionEnd is the token after mention m, which starts at token t, past a
// person's place or body (pastAffiliation).
func (ca *cast) mentionEnd(m storyline.Mention, t int) int {
	e := tokenEnd(ca.toks, t, m.End)
	if m.Type == storyline.Person {
		e = ca.pastAffiliation(e, len(ca.toks))
	}
	return e
}

// isPersonCand: the candidate is a name the tagger found as a person's.
func isPersonCand(c cand) bool { return c.m != nil && c.m.Type == storyline.Person }

// dropAffiliations drops the candidates that stand in a person's place or
// body ("Tanner of the Cato Institute"): they say where the person is
// from, and are no speaker of their own there. cs is in token order.
func (ca *cast) dropAffiliations(cs []cand) []cand {
	out, reach := cs[:0], -1
	for _, c := range cs {
		if c.tok < reach {
			continue
		}
		out = append(out, c)
		if isPersonCand(c) {
			reach = ca.candEnd(c)
		}
	}
	return out
}

// candidateIn reports whether a candidate starts between tokens lo and hi.
func candidateIn(cands []cand, lo, hi int) bool {
	for _, c := range cands {
		if c.tok >= lo && c.tok < hi {
			return true
		}
	}
	return false
}
