// Package entity groups the named-entity mentions of a document into
// entities with one canonical name each ("Rutte" = "NATO Secretary-General
// Mark Rutte" = "Mark Rutte"), and links names across documents.
//
// It owns the entity types. The tagger (ner) proposes a type for each name
// from one sentence, fixing only the grammar inside a name (ner/heads.go:
// "World Economic Forum" is an organisation, "Air Force Gen. Norman Ham" an
// organisation and a person). Every decision that reads the whole document
// is made here:
//   - Stage: mentions inside party-and-state labels ("R-S.C.") name nobody
//     (dropPartyLabels); the surnames a tagger missed are people
//     (surnames.go); "Mr. X" and "President X" are people (addressedMention,
//     titledPerson); a well-known name has its type (known.go); a MISC or
//     ORG name ending in a person's surname is that person, and a lone first
//     name of one person named in full is that person (resolvePeople); then
//     each entity takes one type (canonicalNames).
//   - Reading: how the quote stage reads the mentions before it names
//     speakers (openers trimmed, people retyped, names at cues typed).
//   - Speakers, after the quote stage: which speakers it found become
//     entities, or retype theirs, from the evidence it left in Doc.Speakers.
package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/english"
)

// cleanName strips what is not part of a name: possessive endings,
// surrounding punctuation and, for people, leading honorifics, titles and
// weekdays.
func cleanName(s string, person bool) string {
	s = strings.TrimSpace(s)
	for _, suffix := range []string{"'s", "’s", "'", "’"} {
		if strings.HasSuffix(s, suffix) && len(s) > len(suffix)+1 {
			s = strings.TrimSuffix(s, suffix)
			break
		}
	}
	s = strings.TrimFunc(s, func(r rune) bool { return unicode.IsPunct(r) && r != '.' || unicode.IsSpace(r) })
	if !person {
		// "the Calder Dockers' Union" and "Calder Dockers' Union" are one
		// name; a capitalised "The" ("The Hague") is part of it.
		return strings.Join(strings.Fields(strings.TrimPrefix(s, "the ")), " ")
	}
	words := strings.Fields(s)
	// A weekday before a name is the time of the clause the tagger ran
	// into it ("McConnell said Tuesday Ginsburg's comments …").
	for len(words) > 1 && (english.IsTitle(words[0]) || english.IsWeekday(words[0])) {
		words = words[1:]
	}
	// A possessive ends the name: what follows is the person's, not part
	// of who they are ("Mr. DeSantis’ No. 2 position" tagged "DeSantis’ No.").
	for i, w := range words[:max(len(words)-1, 0)] {
		if english.EndsPossessive(w) {
			words = append(words[:i:i], english.StripPossessive(w))
			break
		}
	}
	return strings.Join(words, " ")
}

// titledPerson reports whether a name is a title of office written before
// a surname and the surname ("President Obama", "Sen. Sanders", "Gov.
// Christie"): a person, whatever the tagger said. A third word may be an
// organisation's or a place's head ("President Lincoln Memorial"), so only
// two are read. Mr, Mrs, Ms and Mx are address.person's; "Dr" is left out, as
// "Dr Pepper" is a drink.
func titledPerson(s string) bool {
	words := strings.Fields(s)
	if len(words) != 2 {
		return false
	}
	t := strings.ToLower(words[0])
	if !english.IsSurnameTitle(t) || english.IsAddress(t) || t == "dr" || t == "dr." {
		return false
	}
	return english.IsNameWord(english.StripPossessive(words[1]))
}

// address is what addresses a mention: the first word of its text when it
// has another ("Mrs." of "Mrs. Clinton"), and the word of letters and dots
// the body writes right before it, past spaces ("Mr." before a mention
// "Obama"). Each is "" where there is none.
type address struct{ first, before string }

// addressOf reads m's address once: whether it names a person and the
// gender its honorific implies both read it.
func addressOf(m storyline.Mention, body []rune) address {
	a := address{before: wordBefore(body, m.Start)}
	if words := strings.Fields(m.Text); len(words) > 1 {
		a.first = words[0]
	}
	return a
}

// person reports whether the mention is addressed as Mr, Mrs, Ms or Mx,
// within its text ("Mr. Trump") or right before it ("Mr." and a mention
// "Obama"): a person, whatever the tagger said, as the tagger leaves the
// title out of the name. ("Dr Pepper" and "Miss Universe" are not.)
func (a address) person() bool {
	return english.IsAddress(a.first) || english.IsAddress(a.before)
}

// gender is the gender the honorific addressing the mention implies,
// within its text ("Mrs. Clinton") or right before it ("Mrs." and a
// mention "Clinton"); Unknown without one, or for one that implies none
// ("Dr.").
func (a address) gender() english.Gender {
	if g, ok := english.Honorific(a.first); ok {
		return g
	}
	g, _ := english.Honorific(a.before)
	return g
}

// addressedMention reports whether m names someone addressed as Mr, Mrs,
// Ms or Mx (address.person).
func addressedMention(m storyline.Mention, body []rune) bool {
	return addressOf(m, body).person()
}

// wordBefore is the word of letters and dots the body writes right before
// the code-point offset start, past spaces: "Mr." before "Obama".
func wordBefore(body []rune, start int) string {
	end := min(start, len(body))
	for end > 0 && unicode.IsSpace(body[end-1]) {
		end--
	}
	begin := end
	for begin > 0 && (unicode.IsLetter(body[begin-1]) || body[begin-1] == '.') {
		begin--
	}
	return string(body[begin:end])
}

// nameKey folds a whole name for comparisons between mentions: case,
// dots, curly apostrophes and spacing do not distinguish two names.
// An ASCII name is folded in one pass into one string (asciiNameKey),
// where lowering, mapping, splitting and joining made four: the keys of
// the mentions of a one-core ingest of the text dev dumps were 0.7% of its
// CPU (bench --cpuprofile), 37% of its calls of strings.Fields.
func nameKey(s string) string {
	if k, ok := asciiNameKey(s); ok {
		return k
	}
	return foldNameKey(s)
}

// asciiNameKey is foldNameKey(s) when s is ASCII, and false otherwise:
// capitals lowered, dots dropped, the words (runs between ASCII white
// space) joined by single spaces.
func asciiNameKey(s string) (string, bool) {
	var buf [64]byte
	b := buf[:0]
	space := false // white space since the last byte kept
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= utf8.RuneSelf:
			return "", false
		case c == '.':
			continue
		case c == ' ' || '\t' <= c && c <= '\r': // unicode.IsSpace of ASCII
			space = true
			continue
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		}
		if space && len(b) > 0 {
			b = append(b, ' ')
		}
		space = false
		b = append(b, c)
	}
	return string(b), true
}

// foldNameKey is nameKey of any name.
func foldNameKey(s string) string {
	s = strings.Map(func(r rune) rune {
		switch r {
		case '.':
			return -1
		case '’', '‘':
			return '\''
		}
		return r
	}, strings.ToLower(s))
	return strings.Join(strings.Fields(s), " ")
}

// surname is the last word of a person's name.
func surname(name string) string {
	words := strings.Fields(name)
	if len(words) == 0 {
		return ""
	}
	return nameKey(words[len(words)-1])
}

// initials are the capitals of the significant words of a long name
// ("European Union" → "EU", "North Atlantic Treaty Organization" → "NATO").
func initials(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		if minorWords()[strings.ToLower(w)] {
			continue
		}
		for _, part := range strings.Split(w, "-") {
			r := []rune(part)
			if len(r) > 0 && unicode.IsUpper(r[0]) {
				b.WriteRune(r[0])
			}
		}
	}
	return b.String()
}

var minorWords = english.LazyWordSet("of the and for on in de du des der die das la le of' &")

// isAcronym reports whether s is written as an acronym: two or more
// capitals, dots allowed ("EU", "U.S.", "NATO").
// shouted reports whether a name is written in capitals: two letters or
// more and none in lower case ("PARIS", "NEW YORK", "FBI").
func shouted(s string) bool {
	n := 0
	for _, r := range s {
		switch {
		case unicode.IsLower(r):
			return false
		case unicode.IsLetter(r):
			n++
		}
	}
	return n >= 2
}

func isAcronym(s string) bool {
	n := 0
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			n++
		case r == '.':
		default:
			return false
		}
	}
	return n >= 2
}
