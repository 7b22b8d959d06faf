// Package spaces collapses white space as strings.Fields and strings.Join
// do, without the slice of fields (storyline's fork).
package spaces

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Collapse is strings.Join(strings.Fields(s), " "): the runs of
// white space (unicode.IsSpace, as strings.Fields tests it) between words
// become one space and those at either end go. A string with nothing to
// change comes back as it is; one with something to change is built in
// one pass, without the slice of fields (storyline's fork: upstream's trim
// split and joined every text it measured).
func Collapse(s string) string {
	prevSpace := true // the start counts as after a space: none may lead
	for i := 0; i < len(s); {
		c := s[i]
		size := 1
		var space bool
		if c < utf8.RuneSelf {
			space = asciiSpace[c] != 0
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
		}
		if space && (prevSpace || c != ' ') {
			return collapseFrom(s, i)
		}
		prevSpace = space
		i += size
	}
	if prevSpace && s != "" {
		return collapseFrom(s, len(s)-1)
	}
	return s
}

// collapseFrom builds Collapse(s) when s[:from] is already collapsed
// but for at most one trailing space, and s[from] is white space: the
// words after it are copied whole, one space before each but the first.
func collapseFrom(s string, from int) string {
	var b strings.Builder
	b.Grow(len(s))
	prefix := s[:from]
	if from > 0 && s[from-1] == ' ' {
		prefix = s[:from-1]
	}
	b.WriteString(prefix)
	word := -1 // start of the word being read; -1 between words
	for i := from; i < len(s); {
		c := s[i]
		size := 1
		var space bool
		if c < utf8.RuneSelf {
			space = asciiSpace[c] != 0
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
		}
		switch {
		case space && word >= 0:
			writeWord(&b, s[word:i])
			word = -1
		case !space && word < 0:
			word = i
		}
		i += size
	}
	if word >= 0 {
		writeWord(&b, s[word:])
	}
	return b.String()
}

// writeWord appends a word, after a space unless it is the first.
func writeWord(b *strings.Builder, w string) {
	if b.Len() > 0 {
		b.WriteByte(' ')
	}
	b.WriteString(w)
}

// asciiSpace marks the ASCII bytes strings.Fields splits at.
var asciiSpace = [utf8.RuneSelf]uint8{'\t': 1, '\n': 1, '\v': 1, '\f': 1, '\r': 1, ' ': 1}

// Counter counts the runes of Collapse(s) for s given in pieces (Add), in
// one pass and without s. Its count holds for pieces that are each valid
// UTF-8, whose concatenation decodes rune for rune as they do; Len reports
// a piece that is not, whose bytes the concatenation may decode otherwise.
type Counter struct {
	runes, words int
	inWord       bool
	invalid      bool
}

// Add counts the piece s.
func (c *Counter) Add(s string) {
	for i := 0; i < len(s); {
		b := s[i]
		size := 1
		var space bool
		if b < utf8.RuneSelf {
			space = asciiSpace[b] != 0
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && size == 1 {
				c.invalid = true
				return
			}
			space = unicode.IsSpace(r)
		}
		switch {
		case space:
			c.inWord = false
		case !c.inWord:
			c.words++
			c.inWord = true
			c.runes++
		default:
			c.runes++
		}
		i += size
	}
}

// Len is utf8.RuneCountInString(Collapse(pieces)): the runes of the words
// and one space between each two; ok is false when a piece was not valid
// UTF-8 and the count is not known.
func (c *Counter) Len() (n int, ok bool) {
	if c.invalid {
		return 0, false
	}
	if c.words == 0 {
		return 0, true
	}
	return c.runes + c.words - 1, true
}
