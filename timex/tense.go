package timex

import (
	"strings"
	"unicode"

	"github.com/storyline-news/storyline/english"
)

// A bare weekday is the most recent one on or before the publication day
// (resolveWeekday), unless its clause speaks of the future: "the rain is
// expected to ease on Thursday", "they will vote on Monday", said on a
// Wednesday, are days to come. A month after "in" is the nearest one
// (resolveNamedMonth), unless its clause has a tense: "told Megyn Kelly in
// August", in a February story, is the August before; "will open in
// August" the one after. The clause is the weekday's sentence cut at
// commas, semicolons and the words that open another clause ("He said on
// Monday that talks will resume" is a past Monday); a sentence that opens
// with the weekday ("On Friday, the council will meet") reads on past its
// comma. The nearest word that marks a tense decides (english.TenseOf), so
// "said the dam broke on Tuesday" is past whatever precedes it.
// futureBefore and futureAfter bound the words read either side.
const (
	futureBefore = 12
	futureAfter  = 6
)

// clauseTense is the tense the nearest marker of the clause holding
// body[start:end] gives it, or english.NoTense.
func clauseTense(body string, start, end int) english.Tense {
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
		if t := english.TenseOf(before[i], prev, true); t != english.NoTense {
			return t
		}
	}
	for i, w := range after {
		prev := ""
		if i > 0 {
			prev = after[i-1]
		}
		if t := english.TenseOf(w, prev, false); t != english.NoTense {
			return t
		}
	}
	return english.NoTense
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
			if english.OpensClause(words[i]) {
				return words[i+1:]
			}
		}
		return words
	}
	for i, w := range words {
		if english.OpensClause(w) {
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
