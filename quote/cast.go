package quote

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/english"
	"github.com/storyline-news/storyline/entity"
)

// cast is who can speak in one body: the PERSON and ORG mentions the rules
// read (typed by entity.Reading, with the names the tagger missed next to a
// strong cue), their canonical names and genders, the chain of resolved
// he/she pronouns and the nouns the body describes its people with. Its
// methods list the candidates near a token and turn a mention, a pronoun
// or a common noun into a canonical name (candidates.go, pronoun.go,
// nominal.go); which candidate said a quotation is the attributor's
// decision (attribute.go).
type cast struct {
	*view
	lex  *Lexicon
	cues *cues
	// ments are the PERSON and ORG mentions outside quotation marks, by start.
	ments  []storyline.Mention
	people []storyline.Mention // every PERSON mention, by start
	names  map[string]string   // surface → canonical, for mentions without one
	gender map[string]gender   // canonical PERSON name → gender
	// refs are the he/she pronouns outside quotation marks, resolved in
	// reading order: the chain later pronouns can refer back through.
	refs []pronounRef
	// roleOf maps the nouns the body describes people with to them ("" for
	// a noun that describes two).
	roleOf map[string]string
}

// newCast reads the cast of a Doc's body from its entity mentions, through
// the view and the cues cu reads.
func newCast(d *storyline.Doc, cu *cues) *cast {
	ca := &cast{view: cu.view, lex: cu.lex, cues: cu}
	// The rules read a working copy of the mentions whose types entity
	// decides (entity.Reading); the copy never reaches the Doc, the
	// speakers named from it do, through Doc.Speakers and entity.Speakers.
	ms := append([]storyline.Mention(nil), d.Mentions...)
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].Start < ms[j].Start })
	r := &entity.Reading{Tokens: ca.toks, Body: ca.body, Lower: ca.lowerWords(), Names: ca.lex, OpensSentence: ca.opensSentence}
	ms = r.TrimOpeners(ms)
	ms = ca.cueNames(ms, r)
	r.RetypePeople(ms)
	for _, m := range ms {
		if m.Type == storyline.Person {
			ca.people = append(ca.people, m)
		}
		if (m.Type == storyline.Person || m.Type == storyline.Org) && !ca.insideSegment(m.Span) {
			ca.ments = append(ca.ments, m)
		}
	}
	ca.names = canonicalNames(ca.people)
	ca.gender = ca.genders()
	ca.refs = ca.pronounChain()
	ca.roleOf = ca.roles()
	return ca
}

// name is the canonical name of a mention: the entity stage's when it ran,
// else the longest PERSON name in the body ending in the same word.
func (ca *cast) name(m storyline.Mention) string {
	if m.Canonical != "" {
		return m.Canonical
	}
	t := english.StripPossessive(m.Text)
	if n, ok := byLastWord(ca.names, t); ok && m.Type == storyline.Person {
		return n
	}
	return t
}

// canonicalOf is the canonical name of the person whose longest written
// name is full.
func (ca *cast) canonicalOf(full string) string {
	for _, m := range ca.people {
		if english.StripPossessive(m.Text) == full && m.Canonical != "" {
			return m.Canonical
		}
	}
	return full
}

func canonicalNames(people []storyline.Mention) map[string]string {
	out := map[string]string{}
	for _, m := range people {
		t := english.StripPossessive(m.Text)
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

// lastWord is the last of strings.Fields(s), lowered.
func lastWord(s string) string { return strings.ToLower(lastField(s)) }

// lastField is the last of strings.Fields(s), or "", found from the end
// without the slice of every field: names' last words are read for every
// mention the speaker model weighs, and strings.Fields made 40% of the
// quote stage's allocations (BenchmarkStage -memprofile; TestLastField).
func lastField(s string) string {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	i := strings.LastIndexFunc(s, unicode.IsSpace)
	if i < 0 {
		return s
	}
	_, size := utf8.DecodeRuneInString(s[i:])
	return s[i+size:]
}

// byLastWord is m[lastWord(s)], an ASCII last word lowered on the stack
// rather than in a new string.
func byLastWord(m map[string]string, s string) (string, bool) {
	w := lastField(s)
	var buf [maxStackWord]byte
	if len(w) > len(buf) {
		v, ok := m[strings.ToLower(w)]
		return v, ok
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			v, ok := m[strings.ToLower(w)]
			return v, ok
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	v, ok := m[string(buf[:len(w)])]
	return v, ok
}

// maxStackWord is the longest word byLastWord lowers on the stack.
const maxStackWord = 32

// cueNames adds the names the tagger missed where a strong cue points at
// them: a run of capitalised words right before or after the cue ("…,” Sweeny
// said", "…,” said German Ortega"), none of whose words the body also writes
// in lower case. Entity types them (Reading.CueName: people unless plural),
// and retypes a place or miscellaneous mention there ("Japan branded …",
// entity.AtCue).
func (ca *cast) cueNames(ms []storyline.Mention, r *entity.Reading) []storyline.Mention {
	lower := r.Lower
	covered := func(t int) int {
		i := sort.Search(len(ms), func(i int) bool { return ms[i].End > ca.toks[t].Start })
		if i < len(ms) && ms[i].Start <= ca.toks[t].Start {
			return i
		}
		return -1
	}
	var extra []storyline.Mention
	for t := range ca.toks {
		anchor, dirs := t, []int{-1, 1}
		if ca.accordingTo(t) {
			anchor, dirs = t+1, []int{1} // "according to ProPublica"
		} else if ca.quoted[t] || !ca.cues.strongAt(t) {
			continue
		}
		for _, dir := range dirs {
			lo, hi := ca.nameRun(anchor, dir, lower)
			if lo == hi || dir > 0 && ca.describesName(ms, anchor+1) {
				continue
			}
			if i := covered(lo); i >= 0 {
				entity.AtCue(&ms[i])
				continue
			}
			if covered(hi-1) >= 0 || dir > 0 && ca.titleBefore(hi, covered) {
				continue
			}
			extra = append(extra, r.CueName(lo, hi-1))
		}
	}
	if len(extra) == 0 {
		return ms
	}
	ms = append(ms, extra...)
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].Start < ms[j].Start })
	return ms
}

// describesName reports whether the tokens from t are a description that
// ends in a person or organisation: "said Florida-based Republican
// strategist Al Cardenas" does not make "Florida-based" the speaker.
func (ca *cast) describesName(ms []storyline.Mention, t int) bool {
	if t >= len(ca.toks) {
		return false
	}
	limit := ca.toks[min(t+maxDescription, len(ca.toks)-1)].End
	for i := sort.Search(len(ms), func(i int) bool { return ms[i].Start > ca.toks[t].Start }); i < len(ms) && ms[i].Start < limit; i++ {
		if canSpeak(ms[i].Type) {
			return ca.cues.describes(t, ca.tokenAt(ms[i].Start))
		}
	}
	return false
}

// titleBefore reports whether a known name starts at token t, or after one
// more capitalised word there: the run before it is a title ("said Vice
// President Joe Biden").
func (ca *cast) titleBefore(t int, covered func(int) int) bool {
	if t >= len(ca.toks) {
		return false
	}
	return covered(t) >= 0 || t+1 < len(ca.toks) && english.StartsUpper(ca.toks[t].Text) && covered(t+1) >= 0
}

// nameRun is the run of capitalised words next to token t on side dir (-1
// before, 1 after), at most four long.
func (ca *cast) nameRun(t, dir int, lower map[string]bool) (int, int) {
	lo, hi := t, t
	for n := 0; n < 4; n++ {
		i := lo - 1
		if dir > 0 {
			i = hi
			if i == t {
				i = t + 1
			}
		}
		if i < 0 || i >= len(ca.toks) || ca.quoted[i] {
			break
		}
		w := ca.toks[i].Text
		if !english.IsNameWord(w) && !(english.IsInitial(w) && n > 0) || notName(strings.ToLower(w)) || lower[strings.ToLower(w)] {
			break
		}
		if dir < 0 {
			lo = i
			if hi == t {
				hi = t
			}
		} else {
			if lo == t {
				lo = i
			}
			hi = i + 1
		}
	}
	if lo == t && hi == t {
		return 0, 0
	}
	if dir < 0 {
		return lo, t
	}
	return lo, hi
}

// notName reports a capitalised word (lower-cased) that opens a clause or
// names a day, a month or a title, not a person.
func notName(w string) bool {
	return notNameWords()[w] || english.IsArticle(w) || english.IsPossessive(w) || english.IsWeekday(w) ||
		english.IsMonthName(w) || english.IsSurnameTitle(w)
}

var notNameWords = english.LazyWordSet(`he she they it we i this that these those our my one another some many most
	others who which what and but or also then today yesterday tonight earlier later previously`)
