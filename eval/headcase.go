package eval

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// headlineSmallWords are the words AP and Chicago style write in lower case
// inside a title-case headline past its first word: articles, coordinating
// conjunctions and short prepositions. The style guides' list, mirrored here
// on purpose (as quotes_speaker.go mirrors the quote benchmark's titles): it
// writes test input, and no stage reads it.
var headlineSmallWords = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "but": true, "or": true, "nor": true, "for": true,
	"as": true, "at": true, "by": true, "in": true, "of": true, "on": true, "to": true, "up": true,
	"via": true, "per": true, "vs": true, "v": true,
}

// minHeadlineWords is how many words of letters a sentence in capitals needs
// to be taken for a headline: CoNLL's "PERSONAL INCOME" or "GOLF" lines are
// section labels, not headlines.
const minHeadlineWords = 3

// TitleCaseHeadlines rewrites the headlines of a document given in capitals
// ("JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .") in title case, as
// news pages write them ("Japan Get Lucky Win , China in Surprise Defeat
// ."): each word as the document writes it elsewhere in running text,
// else capitalised, with its first letter in upper case, and the small words
// of the style guides in lower case past the first word. sents are the
// document's sentences as words; it returns them with the headlines
// rewritten (the others as they are) and which sentences it rewrote.
func TitleCaseHeadlines(sents [][]string) ([][]string, []bool) {
	heads := make([]bool, len(sents))
	forms := map[string]string{} // upper-case word → its form in running text
	for s, words := range sents {
		heads[s] = inCapitals(words)
		if heads[s] {
			continue
		}
		for _, w := range words {
			if k := strings.ToUpper(w); forms[k] == "" {
				forms[k] = w
			}
		}
	}
	out := make([][]string, len(sents))
	for s, words := range sents {
		if !heads[s] {
			out[s] = words
			continue
		}
		tc := make([]string, len(words))
		for i, w := range words {
			tc[i] = titleWord(w, i == 0, forms)
		}
		out[s] = tc
	}
	return out, heads
}

// inCapitals reports whether a sentence is written in capitals: at least
// minHeadlineWords words of letters, none with a lower-case letter.
func inCapitals(words []string) bool {
	n := 0
	for _, w := range words {
		if strings.ContainsFunc(w, unicode.IsLower) {
			return false
		}
		if strings.ContainsFunc(w, unicode.IsLetter) {
			n++
		}
	}
	return n >= minHeadlineWords
}

func titleWord(w string, first bool, forms map[string]string) string {
	if !strings.ContainsFunc(w, unicode.IsLetter) {
		return w
	}
	lower := strings.ToLower(w)
	if !first && headlineSmallWords[lower] {
		return lower
	}
	form := forms[w]
	if form == "" {
		form = lower
	}
	r, size := utf8.DecodeRuneInString(form)
	return string(unicode.ToUpper(r)) + form[size:]
}
