package entity

import (
	"sort"
	"strings"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/english"
)

// Reading decides the types of the mentions a quote finder reads, before
// any speaker is named: which first word a tagger joined to a name is a
// sentence opener, which ORG or MISC name is a person, and what a name a
// reporting cue points at is. The quote stage makes one with what it knows
// of the body; entity decides. Nothing here changes the Doc: the mentions
// it is given are the quote stage's working copy, and the speakers that
// come of them become entities in the Speakers pass.
type Reading struct {
	Tokens []storyline.Token
	Body   []rune
	// Lower are the words the body writes in lower case.
	Lower map[string]bool
	// Names are the first names and surnames a model learned.
	Names LearnedNames
	// OpensSentence reports whether the text at a code-point offset opens
	// a sentence.
	OpensSentence func(pos int) bool
}

// LearnedNames are the given names a model learned from text, with the
// gender each leans to, and the surnames of the full names it saw (the
// quote lexicon learns them from PolNeAR).
type LearnedNames interface {
	// IsFirstName reports whether w, lower case, is a learned first name.
	IsFirstName(w string) bool
	// IsSurname reports whether w, lower case, is a learned surname.
	IsSurname(w string) bool
	// FirstNameGender is the gender the first word of a full name leans
	// to; Unknown for a name of one word or a first name not learned.
	FirstNameGender(full string) english.Gender
}

// TrimOpeners drops the first word of a mention that opens a sentence with
// a word the body also writes in lower case and that is no learned first
// name: a tagger reads "Reading from a prepared text, Ben Carson …" and
// "Despite Rubio's …" as names. A mention of that one word is dropped. The
// mentions are sorted by start; the result reuses their array.
func (r *Reading) TrimOpeners(ms []storyline.Mention) []storyline.Mention {
	out := ms[:0]
	for _, m := range ms {
		t := r.tokenAt(m.Start)
		w := strings.ToLower(r.Tokens[min(t, len(r.Tokens)-1)].Text)
		if t >= len(r.Tokens) || !r.Lower[w] || r.Names.IsFirstName(w) || !r.OpensSentence(m.Start) {
			out = append(out, m)
			continue
		}
		if t+1 < len(r.Tokens) && r.Tokens[t+1].Start < m.End {
			m.Start = r.Tokens[t+1].Start
			m.Text = string(r.Body[m.Start:m.End])
			m.Canonical = ""
			out = append(out, m)
		}
	}
	return out
}

// RetypePeople turns ORG and MISC mentions that name a person into PERSON
// ones: a tagger sometimes calls "Donald Trump" an organisation. A mention
// is a person when its first word is a learned first name ("Donald Trump"),
// when it is two or three names ending in the surname of a PERSON mention
// ("Ivanka Trump"), or when it is an organisation of one word that is such
// a surname or a learned one ("Trump" in a text that never writes "Donald
// Trump"). A name whose last word the body writes in lower case stays as
// it is ("International Monetary Fund", "White House").
func (r *Reading) RetypePeople(ms []storyline.Mention) {
	surnames := map[string]bool{}
	for _, m := range ms {
		if m.Type == storyline.Person {
			if f := strings.Fields(english.StripPossessive(m.Text)); len(f) > 1 {
				surnames[strings.ToLower(f[len(f)-1])] = true
			}
		}
	}
	for i, m := range ms {
		if m.Type != storyline.Org && m.Type != storyline.Misc {
			continue
		}
		t := english.StripPossessive(m.Text)
		f := strings.Fields(t)
		if len(f) == 0 || r.Lower[strings.ToLower(f[len(f)-1])] {
			continue
		}
		switch {
		case len(f) == 1 && m.Type == storyline.Org && (surnames[strings.ToLower(t)] || r.Names.IsSurname(strings.ToLower(t))):
		case len(f) > 1 && len(f) < 4 && r.Names.FirstNameGender(t) != english.Unknown:
		case len(f) > 1 && len(f) < 4 && surnames[strings.ToLower(f[len(f)-1])] && allNameWords(f):
		default:
			continue
		}
		ms[i].Type = storyline.Person
	}
}

// AtCue retypes a mention a reporting cue points at ("Japan branded …"): a
// place or MISC name that reports something is an organisation.
func AtCue(m *storyline.Mention) {
	if m.Type == storyline.Place || m.Type == storyline.Misc {
		m.Type = storyline.Org
	}
}

// CueName is the mention of a run of capitalised words a tagger missed
// right before or after a reporting cue ("…,” Sweeny said", "…,” said
// German Ortega"): a person, or an organisation when its last word is a
// plural ("Republicans", "Democrats").
func (r *Reading) CueName(first, last int) storyline.Mention {
	sp := storyline.Span{Start: r.Tokens[first].Start, End: r.Tokens[last].End}
	typ := storyline.Person
	if strings.HasSuffix(r.Tokens[last].Text, "s") {
		typ = storyline.Org
	}
	return storyline.Mention{Span: sp, Type: typ, Text: string(r.Body[sp.Start:sp.End])}
}

// Titled is the mention of a surname written after a title ("Mr. King")
// that a tagger missed, of the person whose canonical name is given: a
// title makes it a person.
func Titled(t storyline.Token, canonical string) *storyline.Mention {
	return &storyline.Mention{Span: t.Span, Type: storyline.Person, Text: t.Text, Canonical: canonical}
}

// tokenAt is the index of the first token that starts at or after pos.
func (r *Reading) tokenAt(pos int) int {
	return sort.Search(len(r.Tokens), func(i int) bool { return r.Tokens[i].Start >= pos })
}

func allNameWords(ws []string) bool {
	for _, w := range ws {
		if !english.IsNameWord(w) && !english.IsInitial(w) {
			return false
		}
	}
	return true
}
