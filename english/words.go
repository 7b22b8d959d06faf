package english

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// WordSet returns the set of the whitespace-separated words of s.
func WordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// LazyWordSet returns a function that answers WordSet(s), built the first
// time it is called, once, whichever goroutine asks first. Package word
// lists are declared this way so that a command which never reads them
// (version, stories, export) does not build them at start-up.
func LazyWordSet(s string) func() map[string]bool {
	return sync.OnceValue(func() map[string]bool { return WordSet(s) })
}

// articles, possessives and prepositions are closed classes of function
// words, lower case.
var (
	articles     = LazyWordSet("a an the")
	possessives  = LazyWordSet("his her its their")
	prepositions = LazyWordSet("of from for in at on to with")
	particles    = LazyWordSet("back off up out down away")
	// subordinators open an adverbial clause after a main one: "…, she
	// said Friday, as talks resumed".
	subordinators = LazyWordSet("as while after before when because since although though amid whereas")
)

// IsArticle reports whether w (lower case) is "a", "an" or "the".
func IsArticle(w string) bool { return articles()[w] }

// IsPossessive reports whether w (lower case) is a third-person possessive
// determiner: "his", "her", "its", "their".
func IsPossessive(w string) bool { return possessives()[w] }

// IsDeterminer reports whether w (lower case) is an article or a
// third-person possessive: the words that open a noun phrase about someone
// ("the spokesman", "his lawyer").
func IsDeterminer(w string) bool { return articles()[w] || possessives()[w] }

// IsPreposition reports whether w (lower case) is one of the prepositions
// that tie a noun to a name or a place after it ("director of", "aide to").
func IsPreposition(w string) bool { return prepositions()[w] }

// IsSubordinator reports whether w (lower case) is a conjunction that opens
// an adverbial clause: "as", "while", "after", "because", …
func IsSubordinator(w string) bool { return subordinators()[w] }

// IsParticle reports whether w (lower case) is an adverb particle that
// makes a phrasal verb of the verb before it: "pushed back", "called off".
func IsParticle(w string) bool { return particles()[w] }

// IsWordRune reports a letter or a digit.
func IsWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// StartsUpper reports whether w's first rune is an upper-case letter.
func StartsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// IsLower reports whether w is a word all of lower-case letters.
func IsLower(w string) bool {
	for _, c := range w {
		if !unicode.IsLower(c) {
			return false
		}
	}
	return w != ""
}

// LowerWords is the set of the words of items that are written in lower
// case (IsLower); text gives an item's word.
func LowerWords[T any](items []T, text func(T) string) map[string]bool {
	// sized for the distinct words of a news text, about a third of its
	// tokens: growing the map step by step cost more than the lookups
	lower := make(map[string]bool, len(items)/3)
	for _, it := range items {
		if w := text(it); IsLower(w) {
			lower[w] = true
		}
	}
	return lower
}

// IsInitial reports a capital and a period: "H." in "George H. Bush".
func IsInitial(w string) bool {
	r := []rune(w)
	return len(r) == 2 && unicode.IsUpper(r[0]) && r[1] == '.'
}

// IsStop reports a full stop, question mark or exclamation mark token.
func IsStop(t string) bool { return t == "." || t == "!" || t == "?" }

// IsTerminal reports a token that can end a sentence: a stop, an ellipsis
// or a run of marks ("?!", "...").
func IsTerminal(t string) bool {
	switch t {
	case ".", "?", "!", "…", "?!", "!?":
		return true
	}
	return strings.HasPrefix(t, "..")
}

// EndsSentence reports whether a line of text ends as a sentence does: in
// a terminal mark (Latin or CJK) or a colon, before any closing quotes or
// brackets.
func EndsSentence(s string) bool {
	s = strings.TrimRight(s, `"'“”»«)’ `)
	if s == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == '.' || r == '!' || r == '?' || r == '…' || r == ':' || r == '。' || r == '！' || r == '？'
}

// TitleCase reports whether every word of four letters or more is
// capitalised (or a number), and there is one, as in the title of a show
// or a book: "Face the Nation", not "I am the law".
func TitleCase(words []string) bool {
	long := false
	for _, w := range words {
		r := []rune(w)
		if len(r) <= 3 {
			continue
		}
		if !unicode.IsUpper(r[0]) && !unicode.IsDigit(r[0]) {
			return false
		}
		long = true
	}
	return long
}

// IsNameWord reports a capitalised word of letters that ends in a
// lower-case one, as names are written ("Clinton", "O'Rourke"), not an
// acronym ("NATO") or an initial ("H.").
func IsNameWord(w string) bool {
	r := []rune(w)
	if len(r) < 2 || !unicode.IsUpper(r[0]) {
		return false
	}
	for _, c := range r[1:] {
		if !unicode.IsLetter(c) && c != '\'' && c != '’' && c != '-' {
			return false
		}
	}
	return unicode.IsLower(r[len(r)-1])
}

// possessiveEndings are the endings of a possessive, which the tokenizer
// splits off as tokens of their own ("Trump" "’s", "Jones" "’").
var possessiveEndings = []string{"'s", "’s", "'", "’"}

// StripPossessive returns s trimmed, without a possessive ending ("Trump's",
// "Reuters'").
func StripPossessive(s string) string {
	s = strings.TrimSpace(s)
	for _, suf := range possessiveEndings {
		s = strings.TrimSuffix(s, suf)
	}
	return s
}

// IsPossessiveMark reports whether a token is a possessive ending split
// off its name: "’s", or the lone apostrophe of "Jones’".
func IsPossessiveMark(tok string) bool { return slices.Contains(possessiveEndings, tok) }

// EndsPossessive reports a word ending in the possessive "'s" or, after an
// s, in an apostrophe alone ("Varga's", "DeSantis’"), not a name spelt with
// a final apostrophe ("Jenee'").
func EndsPossessive(w string) bool {
	for _, suf := range []string{"'s", "’s", "s'", "s’"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// HasPrefixFold reports whether w starts with prefix (lower-case ASCII) in
// any case, without lower-casing a copy of w, for scans that run on every
// word or line: no rune outside ASCII lower-cases to an ASCII letter or
// mark except U+212A and U+0130, whose UTF-8 bytes match no ASCII byte.
func HasPrefixFold(w, prefix string) bool {
	if len(w) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[i] {
			return false
		}
	}
	return true
}
