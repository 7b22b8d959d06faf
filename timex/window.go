package timex

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// The rules are regular expressions with long case-insensitive alternations,
// slow to run over a whole body. Every expression contains a trigger word (a
// month, a weekday, a number, a deictic word), so the rules run only over
// segments around triggers: a few words either side, enough for the longest
// expression ("on Wednesday, 28 January 2026", "three weeks ago").
const windowWords = 4

var triggers = sync.OnceValue(func() map[string]bool {
	t := map[string]bool{"yesterday": true, "today": true, "tonight": true, "tomorrow": true,
		"week": true, "month": true, "year": true, "ago": true}
	for k := range months() {
		t[k] = true
	}
	for k := range weekdays() {
		t[k] = true
	}
	return t
})

type word struct{ start, end int }

// segments returns the byte ranges of body worth matching, each starting at
// the start of a word and ending at the end of one, so word boundaries inside
// a segment are the same as in the body.
func segments(body string) []word {
	words := splitWords(body)
	var segs []word
	for i, w := range words {
		if !isTrigger(body[w.start:w.end]) {
			continue
		}
		lo, hi := max(0, i-windowWords), min(len(words)-1, i+windowWords)
		seg := word{words[lo].start, words[hi].end}
		if n := len(segs); n > 0 && seg.start <= segs[n-1].end {
			segs[n-1].end = max(segs[n-1].end, seg.end)
			continue
		}
		segs = append(segs, seg)
	}
	return segs
}

func isTrigger(w string) bool {
	if w[0] >= '0' && w[0] <= '9' {
		return true
	}
	if len(w) > maxTrigger {
		return false
	}
	// an ASCII word is lowered on the stack: strings.ToLower made a string
	// of every capitalised word of every body (TestIsTriggerIsToLower)
	var buf [maxTrigger]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return triggers()[strings.ToLower(w)]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return triggers()[string(buf[:len(w)])]
}

// maxTrigger is the most bytes a word isTrigger looks up may have.
const maxTrigger = 9

// splitWords finds the runs of letters and digits. An ASCII byte is tested
// by table, without decoding it (TestSplitWordsIsByRune), and the words'
// slice is made once at about its final size.
func splitWords(s string) []word {
	out := make([]word, 0, len(s)/wordBytesGuess+1)
	start := -1
	for i := 0; i < len(s); {
		at := i
		var in bool
		if c := s[i]; c < utf8.RuneSelf {
			in = asciiWord[c]
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			in = unicode.IsLetter(r) || unicode.IsDigit(r)
			i += size
		}
		switch {
		case in && start < 0:
			start = at
		case !in && start >= 0:
			out = append(out, word{start, at})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, word{start, len(s)})
	}
	return out
}

// wordBytesGuess sizes splitWords' slice: news words average about six
// bytes with the space after them.
const wordBytesGuess = 6

// asciiWord marks the ASCII letters and digits, which unicode.IsLetter and
// unicode.IsDigit accept.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = unicode.IsLetter(rune(c)) || unicode.IsDigit(rune(c))
	}
	return t
}()
