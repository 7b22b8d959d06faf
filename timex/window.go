package timex

import (
	"strings"
	"sync"
	"unicode"
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
	return len(w) <= 9 && triggers()[strings.ToLower(w)]
}

// splitWords finds the runs of letters and digits.
func splitWords(s string) []word {
	var out []word
	start := -1
	for i, r := range s {
		in := unicode.IsLetter(r) || unicode.IsDigit(r)
		switch {
		case in && start < 0:
			start = i
		case !in && start >= 0:
			out = append(out, word{start, i})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, word{start, len(s)})
	}
	return out
}
