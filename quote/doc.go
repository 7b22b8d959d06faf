package quote

import (
	"sort"
	"strings"

	"github.com/storyline-news/storyline"
)

// analysis is one body prepared for quote finding: runes, tokens, paragraphs,
// quoted segments and the speaker candidates outside them.
type analysis struct {
	body   []rune
	toks   []storyline.Token
	paras  []storyline.Span
	segs   []segment
	quoted []bool // per token: inside a quoted segment
	// ments are the PERSON and ORG mentions outside quotation marks, by start.
	ments  []storyline.Mention
	people []storyline.Mention // every PERSON mention, by start
	lex    *Lexicon
	names  map[string]string // surface → canonical, for mentions without one
	gender map[string]gender // canonical PERSON name → gender
}

func newAnalysis(d *storyline.Doc, lex *Lexicon) *analysis {
	a := &analysis{body: []rune(d.Article.Body), toks: d.Tokens, lex: lex}
	a.paras = paragraphs(a.body)
	a.segs = findSegments(a.body, a.paras)
	a.quoted = make([]bool, len(a.toks))
	for i, t := range a.toks {
		a.quoted[i] = a.insideSegment(t.Span)
	}
	ms := append([]storyline.Mention(nil), d.Mentions...)
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].Start < ms[j].Start })
	for _, m := range ms {
		if m.Type == storyline.Person {
			a.people = append(a.people, m)
		}
		if (m.Type == storyline.Person || m.Type == storyline.Org) && !a.insideSegment(m.Span) {
			a.ments = append(a.ments, m)
		}
	}
	a.names = canonicalNames(a.people)
	a.gender = a.genders()
	return a
}

func (a *analysis) insideSegment(s storyline.Span) bool {
	i := sort.Search(len(a.segs), func(i int) bool { return a.segs[i].Outer.End > s.Start })
	return i < len(a.segs) && a.segs[i].Outer.Start <= s.Start && s.End <= a.segs[i].Outer.End
}

// tokenAt is the index of the first token that starts at or after pos.
func (a *analysis) tokenAt(pos int) int {
	return sort.Search(len(a.toks), func(i int) bool { return a.toks[i].Start >= pos })
}

// paraOf is the index of the paragraph holding pos.
func (a *analysis) paraOf(pos int) int {
	i := sort.Search(len(a.paras), func(i int) bool { return a.paras[i].End > pos })
	return min(i, len(a.paras)-1)
}

// name is the canonical name of a mention: the entity stage's when it ran,
// else the longest PERSON name in the body ending in the same word.
func (a *analysis) name(m storyline.Mention) string {
	if m.Canonical != "" {
		return m.Canonical
	}
	t := stripPossessive(m.Text)
	if n, ok := a.names[lastWord(t)]; ok && m.Type == storyline.Person {
		return n
	}
	return t
}

// canonicalOf is the canonical name of the person whose longest written
// name is full.
func (a *analysis) canonicalOf(full string) string {
	for _, m := range a.people {
		if stripPossessive(m.Text) == full && m.Canonical != "" {
			return m.Canonical
		}
	}
	return full
}

func canonicalNames(people []storyline.Mention) map[string]string {
	out := map[string]string{}
	for _, m := range people {
		t := stripPossessive(m.Text)
		n := firstNonEmpty(m.Canonical, t)
		k := lastWord(t)
		if len(strings.Fields(n)) > len(strings.Fields(out[k])) {
			out[k] = n
		}
	}
	return out
}

func firstNonEmpty(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

func stripPossessive(s string) string {
	s = strings.TrimSpace(s)
	for _, suf := range []string{"'s", "’s", "'", "’"} {
		s = strings.TrimSuffix(s, suf)
	}
	return s
}

func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return strings.ToLower(f[len(f)-1])
}
