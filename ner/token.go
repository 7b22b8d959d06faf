package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tok is what the features need to know about one token, computed once.
type tok struct {
	norm   string // the word with curly quotes and dashes made ASCII, as in CoNLL
	lower  string
	shape  string // character classes, runs cut at 4: "Xxxxx", "dd-dd"
	short  string // character classes, runs collapsed: "Xx", "d-d"
	cap    bool   // starts with an upper-case letter
	allCap bool   // has letters, all upper case
	lowerW bool   // has letters, all lower case
	// id numbers the distinct words of a document from 1 (readDocContext):
	// the first pass's featurizer reads a word's own features once by it.
	// 0: none.
	id int32
}

var asciiPunct = strings.NewReplacer("’", "'", "‘", "'", "“", "\"", "”", "\"", "„", "\"", "—", "--", "–", "-", "…", "...", "«", "\"", "»", "\"")

func normalize(w string) string {
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			return asciiPunct.Replace(w)
		}
	}
	return w
}

func makeTok(w string) tok {
	n := normalize(w)
	t := tok{norm: n, lower: strings.ToLower(n)}
	t.shape, t.short = shapes(n)
	var letters, upper, lower int
	for _, c := range n {
		if unicode.IsLetter(c) {
			letters++
			if unicode.IsUpper(c) {
				upper++
			} else if unicode.IsLower(c) {
				lower++
			}
		}
	}
	first, _ := utf8.DecodeRuneInString(n)
	t.cap = unicode.IsUpper(first)
	t.allCap = letters > 0 && upper == letters
	t.lowerW = letters > 0 && lower == letters
	return t
}

func shapeClass(c rune) rune {
	switch {
	case unicode.IsUpper(c):
		return 'X'
	case unicode.IsLetter(c):
		return 'x'
	case unicode.IsDigit(c):
		return 'd'
	}
	return c
}

func shapes(w string) (string, string) {
	// on the stack for the words of news text: two slices grown from nil
	// for every token cost more than the shapes' strings
	var fullBuf, shortBuf [24]rune
	full, short := fullBuf[:0], shortBuf[:0]
	var prev rune
	run := 0
	for _, c := range w {
		k := shapeClass(c)
		if k == prev {
			run++
		} else {
			run = 1
		}
		if run <= 4 {
			full = append(full, k)
		}
		if run == 1 {
			short = append(short, k)
		}
		prev = k
	}
	return string(full), string(short)
}

// isHeadline reports a sentence written in capitals (a headline or a
// dateline), where capitalisation says nothing about names.
func isHeadline(ts []tok) bool {
	caps, words := 0, 0
	for i := range ts {
		if ts[i].allCap || ts[i].lowerW {
			words++
			if ts[i].allCap {
				caps++
			}
		}
	}
	return words > 0 && caps == words && (words > 1 || len(ts) <= 3)
}
