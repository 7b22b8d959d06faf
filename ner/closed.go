package ner

import (
	"math"
	"slices"

	"github.com/storyline-news/storyline/english"
	"strings"
	"unicode"
	"unicode/utf8"
)

// closedWords are the lower-case words that the training data shows often
// and never inside or at the end of a name ("tour", "court", "said"): the
// decoder may not give them an I- or L- tag, so a name does not run on into
// them ("the national side 's European tour" has the MISC "European", not
// "European tour"). The words are learned from the training counts and kept
// only as hashes. The constraint is applied when tagging, not in training,
// where the gold tags never break it anyway.
//
// Words that do continue a name now and then stay open, however rare that
// is: "in" continues 8 of 3,398 times in train and more often in dev
// ("Organisation for Security and Cooperation in Europe"), and even a small
// penalty on it lowered dev F1; fixHeads splits "the European Parliament in
// Strasbourg" after decoding instead.
//
// The same table marks the function words: seen in lower case at least
// funcMinCount times and capitalised inside a name at most once in a hundred
// ("to", "with", "says"). They tell a title-case headline ("EU Leaders Meet
// in Brussels To Discuss Trade", see headline): its capitals say no more
// about names than those of a headline in capitals, so the tagger reads it
// as one ("EU LEADERS MEET IN BRUSSELS TO DISCUSS TRADE"), which CoNLL has
// plenty of.
type closedWords map[uint64]uint8 // word hash → isClosed | isFunction

const (
	isClosed   = 1
	isFunction = 2
	// funcMinCount is how often a function word is seen in lower case.
	funcMinCount = 20
)

// closedMinCount is how often a word must be seen in lower case, never
// continuing a name, to be closed (5, 10, 20 and 50 were tried on dev: 5 and
// 3 gave the most, 50 nothing).
const closedMinCount = 5

func closedKey(lower string) uint64 { return tmpl(201).str(lower).sum() }

// buildClosed counts, for each all-lower-case word of the training data, how
// often it continues a name (I- or L- in BILOU).
func buildClosed(docs []*Document) closedWords {
	type count struct{ all, inside, capName int }
	counts := map[string]*count{}
	get := func(w string) *count {
		c := counts[w]
		if c == nil {
			c = &count{}
			counts[w] = c
		}
		return c
	}
	for _, d := range docs {
		for _, s := range d.Sentences {
			gold := toBILOU(s.Tags)
			for i, w := range s.Words {
				t := makeTok(w)
				if t.cap && gold[i] != tagO {
					get(t.lower).capName++
				}
				if !t.lowerW {
					continue
				}
				c := get(t.lower)
				c.all++
				if p := tagPos(gold[i]); gold[i] != tagO && (p == posI || p == posL) {
					c.inside++
				}
			}
		}
	}
	out := closedWords{}
	for w, c := range counts {
		var k uint8
		if c.all >= closedMinCount && c.inside == 0 {
			k |= isClosed
		}
		if c.all >= funcMinCount && c.capName*100 <= c.all {
			k |= isFunction
		}
		if k != 0 {
			out[closedKey(w)] = k
		}
	}
	return out
}

// mask appends, for each token of ts, whether it is a closed word.
func (c closedWords) mask(ts []tok, out []bool) []bool {
	for i := range ts {
		out = append(out, ts[i].lowerW && len(c) > 0 && c[closedKey(ts[i].lower)]&isClosed != 0)
	}
	return out
}

// shut rules out the I- and L- tags of the masked tokens in em.
func shut(em []float32, mask []bool) {
	neg := float32(math.Inf(-1))
	for i, m := range mask {
		if !m {
			continue
		}
		for typ := range numTypes {
			em[i*numTags+mkTag(typ, posI)] = neg
			em[i*numTags+mkTag(typ, posL)] = neg
		}
	}
}

// headline reports a title-case headline: in title case as the style
// guides write it (english.TitleCase: words of three letters or fewer may
// stay in lower case, "Hillary Clinton Was Headed to ER But Diverted to
// Avoid Bad Optics"), at least four words capitalised and headlineCapShare
// of its words of letters, not all in capitals, one or more of them past
// the first a function word in title case ("Was", "To"; not "TO"), and at
// most headlineNumbers numbers: a line of names and scores ("291 Phillip
// Price 72 76 74 69, Adam Hunter 70 ...") is a table, not a headline.
//
// Chosen over two halves of the training data (a tagger trained on each,
// scored on the other as it is and with its headlines in title case: eval
// ner --title-case), by mean F1 over the four: one function word 88.63,
// two (as before, when every word had to be capitalised) 88.41, the rule
// before 88.31; reading the headline as running text instead (the words the
// article writes in lower case lowered) 88.52, and it typed "Barack Obama"
// after "fighting about" an organisation. A share of 1/2 and 2/3 tie.
func (c closedWords) headline(words []string) bool {
	if len(c) == 0 || !english.TitleCase(words) {
		return false
	}
	n, letters, numbers, function, allCap := 0, 0, 0, 0, true
	for i, w := range words {
		first, size := utf8.DecodeRuneInString(w)
		if unicode.IsDigit(first) {
			numbers++
		}
		if !unicode.IsLetter(first) {
			continue // no word, or a clitic like "'s"
		}
		letters++
		if !unicode.IsUpper(first) {
			continue // a short word in lower case
		}
		n++
		rest := w[size:]
		caps := strings.ToUpper(rest) == rest
		allCap = allCap && caps
		if i > 0 && !caps && c[closedKey(strings.ToLower(w))]&isFunction != 0 {
			function++
		}
	}
	return n >= 4 && float64(n) >= headlineCapShare*float64(letters) && numbers <= headlineNumbers && function >= 1 && !allCap
}

// headlineCapShare is the least share of a headline's words that are
// capitalised: a sentence of running text can hold only short words in lower
// case ("Magna was up 1/8 to 48-1/4 on the New York Stock Exchange"), but
// then half of them; a title-case headline lowers a few.
const headlineCapShare = 2.0 / 3

// headlineNumbers is how many numbers a headline holds at most ("Only 24
// Percent of ...", "Dow Up 2 Percent at 10,000").
const headlineNumbers = 2

// trimOpeners drops the first word of a name of two or more words that opens
// the sentence, a quotation (not one the name fills) or what follows a
// colon with a function word: its capital is the sentence's, not the
// name's ("At Axios, we …", "“Make Trump just go away”"). The function words
// are learned (funcMinCount). The word stays where the document writes the
// whole name elsewhere, capitalised where nothing opens ("the Met Office
// said"), and an article stays, as names keep it ("The Hague", "The Oval").
func (c closedWords) trimOpeners(sents [][]string, tags [][]int) {
	if len(c) == 0 {
		return
	}
	for s, words := range sents {
		for i := 0; i < len(tags[s]); {
			end := spanEnd(tags[s], i)
			if end == i {
				i++
				continue
			}
			if w := strings.ToLower(words[i]); end-i >= 2 && opensClause(words, i) && !quotedName(words, i, end) &&
				!english.IsArticle(w) && c[closedKey(w)]&isFunction != 0 && !writtenInside(sents, words[i:end]) {
				setSpan(tags[s], i+1, end, tagType(tags[s][i]))
				tags[s][i] = tagO
			}
			i = end
		}
	}
}

// writtenInside reports whether the document writes the words of name
// somewhere no sentence, quotation or colon opens.
func writtenInside(sents [][]string, name []string) bool {
	for _, words := range sents {
		for i := 1; i+len(name) <= len(words); i++ {
			if words[i] == name[0] && !opensClause(words, i) && slices.Equal(words[i:i+len(name)], name) {
				return true
			}
		}
	}
	return false
}

// opensClause reports whether word i opens its sentence, a quotation, the
// text after a colon or after a dash.
func opensClause(words []string, i int) bool {
	if i == 0 {
		return true
	}
	switch words[i-1] {
	case ":", "“", "\"", "‘", "—", "--":
		// Not a straight "'": it is as often the apostrophe of "the
		// dockers' Met Office", which the tokenizer splits off.
		return true
	}
	return false
}

// quotedName reports a name [i, end) that is a whole quotation: a title in
// quotation marks (the "Strike Hard" campaign) keeps its first word.
func quotedName(words []string, i, end int) bool {
	if i == 0 || end >= len(words) {
		return false
	}
	switch words[end] {
	case "”", "\"", "’", "'":
		return words[i-1] != ":"
	}
	return false
}
