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
func (a *analysis) mentionFrom(pos int) int {
	return sort.Search(len(a.ments), func(i int) bool { return a.ments[i].Start >= pos })
}

func (a *analysis) candidates(lo, hi int) []cand {
	var out []cand
	if lo >= hi {
		return nil
	}
	for i := a.mentionFrom(a.toks[lo].Start); i < len(a.ments); i++ {
		m := &a.ments[i]
		t := a.tokenAt(m.Start)
		if t >= hi {
			break
		}
		if !a.inParens(t) {
			out = append(out, cand{tok: t, m: m})
		}
	}
	for t := lo; t < hi; t++ {
		if a.quoted[t] {
			continue
		}
		if w := strings.ToLower(a.toks[t].Text); speakerPronouns[w] && (w != "it" || a.cues.follows(t)) {
			out = append(out, cand{tok: t, pron: true})
		}
		if m, ok := a.titled(t, out); ok {
			out = append(out, cand{tok: t + 1, m: m})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].tok < out[j].tok })
	return out
}

// titled reads "Mr. King" where the tagger missed "King" but the document
// names a person "Larry King": the title and the surname make a candidate.
func (a *analysis) titled(t int, have []cand) (*storyline.Mention, bool) {
	if !english.IsSurnameTitle(strings.ToLower(a.toks[t].Text)) || t+1 >= len(a.toks) {
		return nil, false
	}
	next := a.toks[t+1]
	for _, c := range have {
		if c.tok == t+1 {
			return nil, false
		}
	}
	full, ok := a.names[strings.ToLower(next.Text)]
	if !ok || !english.StartsUpper(next.Text) || a.insideMention(next.Span) {
		return nil, false
	}
	return entity.Titled(next, a.canonicalOf(full)), true
}

func (a *analysis) insideMention(s storyline.Span) bool {
	i := a.mentionFrom(s.Start)
	return i < len(a.ments) && a.ments[i].Start == s.Start || i > 0 && a.ments[i-1].End > s.Start
}

// resolve turns a candidate into a canonical name; prev is the speaker of
// the quote before, which a pronoun most often continues.
func (a *analysis) resolve(c cand, prev string) string {
	if c.m != nil {
		return a.name(*c.m)
	}
	return a.resolvePronoun(c.tok, prev)
}

func (a *analysis) candidateAt(cands []cand, t int) bool {
	for _, c := range cands {
		if c.tok == t && c.m != nil {
			return true
		}
	}
	return false
}

// candEnd is the token after a candidate: after its mention, or after the
// pronoun.
func (a *analysis) candEnd(c cand) int {
	if c.m == nil {
		return c.tok + 1
	}
	return tokenEnd(a.toks, c.tok, c.m.End)
}

// candidateIn reports whether a candidate starts between tokens lo and hi.
func (a *analysis) candidateIn(cands []cand, lo, hi int) bool {
	for _, c := range cands {
		if c.tok >= lo && c.tok < hi {
			return true
		}
	}
	return false
}
