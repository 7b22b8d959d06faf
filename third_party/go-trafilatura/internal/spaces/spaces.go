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
