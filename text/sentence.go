package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/english"
)

// Sentences groups toks (as Tokenize returned them for body) into sentences.
// A sentence ends at a terminal mark (. ? ! …) unless the next word goes on in
// lower case, after a dotted acronym only when a typical sentence opener
// follows ("in the U.S. The ..."), and always at a paragraph break. Closing
// quotes and brackets stay with the sentence they close. Every token belongs
// to exactly one sentence; a sentence spans its first to its last token.
func Sentences(body string, toks []storyline.Token) []storyline.Span {
	return sentences(body, toks, true)
}

// SentencesByShape splits as Sentences did before it read the spaces around
// marks: every closer-shaped mark closes the sentence before it, the first
// of two closers after a terminal mark takes the break, and a terminal mark
// glued between an abbreviation's letters ("R-S.C.") ends a sentence. The
// word clusters of the embedded NER model were learned from text split this
// way, so its trainer splits with it to write that model again (ner/MODEL.md);
// no stage does.
func SentencesByShape(body string, toks []storyline.Token) []storyline.Span {
	return sentences(body, toks, false)
}

// sentences is Sentences, reading the spaces around marks when bySpacing.
func sentences(body string, toks []storyline.Token, bySpacing bool) []storyline.Span {
	if len(toks) == 0 {
		return nil
	}
	return split(toks, paragraphGaps(body, toks), bySpacing)
}

// split groups toks into sentences, gaps[i] marking a blank line after
// token i.
func split(toks []storyline.Token, gaps []bool, bySpacing bool) []storyline.Span {
	var out []storyline.Span
	start := 0
	for i := range toks {
		last := i == len(toks)-1
		if last || gaps[i] || endsSentence(toks, i, bySpacing) {
			out = append(out, storyline.Span{Start: toks[start].Start, End: toks[i].End})
			start = i + 1
		}
	}
	return out
}

// paragraphGaps marks each token followed by a blank line (two line breaks
// with only spaces between them).
func paragraphGaps(body string, toks []storyline.Token) []bool {
	gaps := make([]bool, len(toks))
	b := 0 // byte offset of toks[i].Start, advanced incrementally
	pos := 0
	for i := 0; i+1 < len(toks); i++ {
		// Advance from the end of token i to the start of token i+1.
		b, pos = advance(body, b, pos, toks[i].End)
		gapStart := b
		b, pos = advance(body, b, pos, toks[i+1].Start)
		gaps[i] = strings.Count(body[gapStart:b], "\n") >= 2
	}
	return gaps
}

// sentences is Sentences(d.body, toks) for the tokens of the body d
// decoded (tokenize): the blank lines between them are read at the byte
// offsets d has, where paragraphGaps decoded the body again from the
// tokens' code-point offsets (a sixth of tokenizing and splitting the
// bodies of the text dev dumps).
func (d *runes) sentences(toks []storyline.Token) []storyline.Span {
	if len(toks) == 0 {
		return nil
	}
	return split(toks, d.paragraphGaps(toks), true)
}

// paragraphGaps is paragraphGaps(d.body, toks) for the tokens of the body
// d decoded, whose byte offsets it has: nothing is decoded again.
func (d *runes) paragraphGaps(toks []storyline.Token) []bool {
	gaps := make([]bool, len(toks))
	for i := 0; i+1 < len(toks); i++ {
		gaps[i] = strings.Count(d.body[d.byteAt(toks[i].End):d.byteAt(toks[i+1].Start)], "\n") >= 2
	}
	return gaps
}

// advance moves byte offset b at code point pos forward to code point to.
func advance(body string, b, pos, to int) (int, int) {
	for pos < to && b < len(body) {
		_, n := utf8.DecodeRuneInString(body[b:])
		b += n
		pos++
	}
	return b, pos
}

// endsSentence is the splitter's decision whether token i ends its
// sentence, reading the tokens around it (english.EndsSentence only tells
// whether a line of text ends in a terminal mark). Without bySpacing every
// closer-shaped mark closes and no glued mark is spared (SentencesByShape).
func endsSentence(toks []storyline.Token, i int, bySpacing bool) bool {
	closing := func(k int) bool { return !bySpacing || closes(toks, k) }
	if isCloser(toks[i].Text) {
		if !closing(i) {
			return false // it opens what follows
		}
		if bySpacing && i+1 < len(toks) && isCloser(toks[i+1].Text) && closing(i+1) {
			return false // the last closer takes the break
		}
		// A closing quote or bracket ends the sentence its terminal mark ended.
		j := i
		for j > 0 && isCloser(toks[j].Text) {
			j--
		}
		if !english.IsTerminal(toks[j].Text) || j == i {
			return false
		}
		return !continuesLower(toks, i)
	}
	if i+1 < len(toks) && isCloser(toks[i+1].Text) && closing(i+1) && english.IsTerminal(toks[i].Text) {
		return false // the closer takes the break
	}
	if t := toks[i].Text; len(t) > 1 && strings.HasSuffix(t, ".") && !strings.HasPrefix(t, "..") {
		return abbreviationEnds(toks, i)
	}
	if !english.IsTerminal(toks[i].Text) || bySpacing && gluedBothSides(toks, i) {
		return false
	}
	return !continuesLower(toks, i)
}

// gluedBothSides reports a mark with no space on either side and an
// initial after it, inside an abbreviation the tokenizer split ("R-S.C."):
// it ends no sentence. "He left.The next day" still breaks: scraped text
// often loses that space.
func gluedBothSides(toks []storyline.Token, i int) bool {
	if i == 0 || i+1 >= len(toks) || toks[i-1].End != toks[i].Start || toks[i].End != toks[i+1].Start {
		return false
	}
	next := []rune(toks[i+1].Text)
	return len(next) == 2 && unicode.IsUpper(next[0]) && next[1] == '.'
}

// abbreviationEnds decides for a token that keeps its period (U.S., Inc.,
// p.m.) whether that period also ends the sentence: never after a title or an
// initial, else only when a word that typically opens a sentence follows.
func abbreviationEnds(toks []storyline.Token, i int) bool {
	t := toks[i].Text
	if english.IsPrefixAbbreviation(t) || utf8.RuneCountInString(t) == 2 || i+1 >= len(toks) {
		return false
	}
	return openers[toks[i+1].Text]
}

// openers are words that start sentences far more often than they follow an
// abbreviation inside one.
var openers = map[string]bool{
	"The": true, "A": true, "An": true, "He": true, "She": true, "It": true, "They": true,
	"We": true, "I": true, "But": true, "In": true, "This": true, "That": true, "These": true,
	"Those": true, "His": true, "Her": true, "Their": true, "Its": true, "There": true,
	"And": true, "On": true, "At": true, "As": true, "If": true, "When": true, "After": true,
	"Some": true, "Many": true, "Officials": true, "However": true, "Meanwhile": true,
	"\"": true, "“": true,
}

// closes reports whether the closer-shaped token i closes what came before
// it: it, and the closers between, are glued to the text they close
// (`said."`; in the PolNeAR texts, two apostrophes right after `growth,`). A
// straight quote mark with a space before it opens the next sentence instead
// (`said. "Next`; two apostrophes after `released.` and a space).
func closes(toks []storyline.Token, i int) bool {
	k := i
	for k > 0 && isCloser(toks[k-1].Text) && toks[k-1].End == toks[k].Start {
		k--
	}
	return k > 0 && toks[k-1].End == toks[k].Start
}

// isCloser reports tokens shaped like ones that close what a sentence
// opened (closes tells whether one does).
func isCloser(t string) bool {
	switch t {
	case "\"", "”", "’", "'", ")", "]", "»", "›":
		return true
	}
	return false
}

// continuesLower reports that the word after i starts in lower case or is a
// digit after an ellipsis, so the sentence goes on.
func continuesLower(toks []storyline.Token, i int) bool {
	if i+1 >= len(toks) {
		return false
	}
	c, _ := utf8.DecodeRuneInString(toks[i+1].Text)
	return unicode.IsLower(c) || c == ',' || c == ';'
}
