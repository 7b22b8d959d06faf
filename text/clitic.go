package text

import (
	"unicode"

	"github.com/storyline-news/storyline"
)

// appendWord appends the token [s,e), split before an English clitic the way
// PTB and CoNLL split it ("Rutte's" → "Rutte" "'s", "don't" → "do" "n't"), so
// names reach the tagger without their possessive.
func (d *runes) appendWord(toks []storyline.Token, s, e int) []storyline.Token {
	if e-s > 1 && unicode.IsLetter(d.r[s]) {
		if c := d.cliticStart(s, e); c > s {
			return append(toks, d.token(s, c), d.token(c, e))
		}
	}
	return append(toks, d.token(s, e))
}

// cliticStart returns where a trailing clitic of the word [s,e) begins, or s.
func (d *runes) cliticStart(s, e int) int {
	lower := func(i int) rune { return unicode.ToLower(d.r[i]) }
	if e-s > 3 && lower(e-1) == 't' && isApostrophe(d.r[e-2]) && lower(e-3) == 'n' {
		return e - 3
	}
	if e-s > 2 && isApostrophe(d.r[e-2]) {
		switch lower(e - 1) {
		case 's', 'd', 'm':
			return e - 2
		}
	}
	if e-s > 3 && isApostrophe(d.r[e-3]) {
		switch string([]rune{lower(e - 2), lower(e - 1)}) {
		case "re", "ve", "ll":
			return e - 3
		}
	}
	return s
}
