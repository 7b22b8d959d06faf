package timex

import (
	"strings"
	"unicode"
)

// A bare weekday is the most recent one on or before the publication day
// (resolveWeekday), unless its clause speaks of the future: "the rain is
// expected to ease on Thursday", "they will vote on Monday", said on a
// Wednesday, are days to come. The clause is the weekday's sentence cut at
// commas, semicolons and the words that open another clause ("He said on
// Monday that talks will resume" is a past Monday); a sentence that opens
// with the weekday ("On Friday, the council will meet") reads on past its
// comma. futureBefore and futureAfter bound the words read either side.
const (
	futureBefore = 12
	futureAfter  = 6
)

// futureWords are the markers read alone; futureAfterBe those that announce
// a future after "is" or "are" ("is expected to", "are due"); intendWords the
// present-tense verbs of intent before the weekday ("expects the rain to
// ease on Thursday"); clauseOpeners open another clause. The nearest marker
// decides, so "said the dam broke on Tuesday" is past whatever precedes it.
var (
	futureWords   = map[string]bool{"will": true, "shall": true, "won't": true}
	futureAfterBe = map[string]bool{"expected": true, "due": true, "set": true, "scheduled": true,
		"going": true, "to": true, "poised": true, "slated": true, "planned": true}
	intendWords = map[string]bool{"expects": true, "expect": true, "plans": true, "plan": true,
		"intends": true, "intend": true, "aims": true, "aim": true, "hopes": true, "hope": true}
	// pastWords are the common past forms that do not end in -ed.
	pastWords     = map[string]bool{"said": true, "told": true, "was": true, "were": true, "had": true, "did": true}
	clauseOpeners = map[string]bool{"that": true, "which": true, "who": true, "after": true, "before": true,
		"when": true, "while": true, "because": true, "but": true, "and": true, "since": true, "as": true, "if": true}
)

// future reports whether the clause holding body[start:end] marks a future.
func future(body string, start, end int) bool {
	lead := body[sentenceStart(body, start):start]
	before := clauseWords(lead, true)
	if len(before) > futureBefore {
		before = before[len(before)-futureBefore:]
	}
	rest := body[end:sentenceEnd(body, end)]
	if len(strings.Fields(lead)) <= 1 { // the sentence opens with the weekday
		rest = strings.TrimLeft(rest, ", ")
	}
	after := clauseWords(rest, false)
	if len(after) > futureAfter {
		after = after[:futureAfter]
	}
	// The nearest marker of a tense decides, looking back first.
	for i := len(before) - 1; i >= 0; i-- {
		prev := ""
		if i > 0 {
			prev = before[i-1]
		}
		if t := tense(before[i], prev, true); t != 0 {
			return t > 0
		}
	}
	for i, w := range after {
		prev := ""
		if i > 0 {
			prev = after[i-1]
		}
		if t := tense(w, prev, false); t != 0 {
			return t > 0
		}
	}
	return false
}

// tense is 1 for a word that marks a future, -1 for one that marks a past,
// else 0; prev is the word before it, and before whether the weekday
// follows (verbs of intent announce only what comes after them).
func tense(w, prev string, before bool) int {
	switch {
	case futureWords[w], strings.HasSuffix(w, "'ll"):
		return 1
	case futureAfterBe[w] && (prev == "is" || prev == "are"):
		return 1
	case intendWords[w] && before:
		return 1
	case pastWords[w], strings.HasSuffix(w, "ed") && !futureAfterBe[w]:
		return -1
	}
	return 0
}

// clauseWords are the lower-cased words of the clause of s nearest the
// weekday: the end of s when the weekday follows it (last), else its start.
func clauseWords(s string, last bool) []string {
	if last {
		if i := strings.LastIndexAny(s, ",;:"); i >= 0 {
			s = s[i+1:]
		}
	} else if i := strings.IndexAny(s, ",;:"); i >= 0 {
		s = s[:i]
	}
	words := strings.FieldsFunc(strings.ToLower(strings.ReplaceAll(s, "’", "'")), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\''
	})
	if last {
		for i := len(words) - 1; i >= 0; i-- {
			if clauseOpeners[words[i]] {
				return words[i+1:]
			}
		}
		return words
	}
	for i, w := range words {
		if clauseOpeners[w] {
			return words[:i]
		}
	}
	return words
}

// sentenceStart is where the sentence holding body[at] begins: after the
// last full stop, question or exclamation mark, or line break before at.
func sentenceStart(body string, at int) int {
	if i := strings.LastIndexAny(body[:at], ".!?\n"); i >= 0 {
		return i + 1
	}
	return 0
}

// sentenceEnd is where the sentence holding body[at] ends.
func sentenceEnd(body string, at int) int {
	if i := strings.IndexAny(body[at:], ".!?\n"); i >= 0 {
		return at + i
	}
	return len(body)
}
