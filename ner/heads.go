package ner

import (
	"strings"
	"unicode"

	"github.com/storyline-news/storyline/english"
)

// orgHeads are the common nouns that end the names of organisations in
// English ("World Economic Forum", "European Parliament", "Labour Party").
// The perceptron learns such words only from the names it was trained on,
// and CoNLL-2003 (1996 Reuters) never has "Forum", so two rules after
// decoding lean on this closed class of words instead. It is a small piece
// of grammar, not a list of names.
var orgHeads = english.LazyWordSet(`Agency Alliance Assembly Association Authority Bank Board Bureau Cabinet Centre Center
	Chamber Coalition College Commission Committee Company Confederation Congress
	Corporation Council Court Department Federation Forum Foundation Fund Group Institute
	Institution Ministry Movement Organisation Organization Parliament Party Secretariat
	Senate Society Tribunal Union University`)

// fixHeads applies the rules to one sentence's BILOU tags. They repair the
// grammar inside one name; the types that depend on the whole document
// (surnames, people a tagger called organisations, speakers) are the entity
// package's to decide.
//
//   - a MISC name of two or more words ending in an organisation head is an
//     ORG ("World Economic Forum");
//   - an ORG name "X Head in Y" ending in one capitalised word is the ORG
//     "X Head" and the place "Y" ("the European Parliament in Strasbourg"),
//     since a body is named by where it sits only in a few set names;
//   - an ORG or MISC name that ends in a title and a person's name is split
//     (see splitTitled);
//   - a person's name of two or more words ending in a weekday loses it
//     ("President Obama Monday"): a day is when, not who. Other names may
//     end in one ("Black Friday").
func fixHeads(words []string, tags []int) {
	for start := 0; start < len(tags); {
		end := spanEnd(tags, start)
		if end == start {
			start++
			continue
		}
		typ := tagType(tags[start])
		switch {
		case typ == typeIndex("MISC") && end-start >= 2 && orgHeads()[words[end-1]]:
			setSpan(tags, start, end, typeIndex("ORG"))
		case typ == typeIndex("ORG") && end-start >= 4 && words[end-2] == "in" && orgHeads()[words[end-3]]:
			setSpan(tags, start, end-2, typeIndex("ORG"))
			tags[end-2] = tagO
			setSpan(tags, end-1, end, typeIndex("LOC"))
		case typ == typeIndex("ORG") || typ == typeIndex("MISC"):
			splitTitled(words, tags, start, end)
		case typ == typeIndex("PER") && end-start >= 2 && english.IsWeekday(words[end-1]):
			setSpan(tags, start, end-1, typ)
			tags[end-1] = tagO
		}
		start = end
	}
}

// splitTitled reads an organisation or other name that ends in a title and
// a person's name as the organisation and the person: "Air Force Gen.
// Norman Ham" is the ORG "Air Force" and the PER "Norman Ham", the title
// between them neither. A name that opens with the title is split only
// when the title is abbreviated and two name words follow ("Gov. Chris
// Christie"): "General Motors", "Dr. Pepper" and "Chief Executive Officer"
// stay whole.
func splitTitled(words []string, tags []int, start, end int) {
	if end-start < 2 {
		return
	}
	k := end - 2 // the title's index
	for k > start && end-k-1 < 3 && !english.IsJoinedTitle(words[k]) {
		if !personNameWord(words[k]) {
			return
		}
		k--
	}
	if !english.IsJoinedTitle(words[k]) || !personNameWord(words[end-1]) {
		return
	}
	title := k
	for title > start && english.IsJoinedTitle(words[title-1]) {
		title--
	}
	if title == start && (!strings.HasSuffix(words[k], ".") || end-k-1 < 2) {
		return
	}
	for i := title; i <= k; i++ {
		tags[i] = tagO
	}
	if title > start {
		setSpan(tags, start, title, tagType(tags[start]))
	}
	setSpan(tags, k+1, end, typeIndex("PER"))
}

// personNameWord reports a word that may be part of a person's name: a
// capitalised word or an initial, neither a title nor an organisation head.
func personNameWord(w string) bool {
	r := []rune(w)
	if len(r) < 2 || !unicode.IsUpper(r[0]) || english.IsJoinedTitle(w) || orgHeads()[w] {
		return false
	}
	for _, c := range r[1:] {
		if !unicode.IsLetter(c) && c != '-' && c != '\'' && c != '’' && !(c == '.' && len(r) == 2) {
			return false
		}
	}
	return true
}

// spanEnd returns the end of the name that starts at i, or i when no name
// starts there.
func spanEnd(tags []int, i int) int {
	if tags[i] == tagO || (tagPos(tags[i]) != posB && tagPos(tags[i]) != posU) {
		return i
	}
	j := i + 1
	for j < len(tags) && tags[j] != tagO && (tagPos(tags[j]) == posI || tagPos(tags[j]) == posL) {
		j++
	}
	return j
}

// setSpan tags words [i, j) as one name of type typ.
func setSpan(tags []int, i, j, typ int) {
	if j-i == 1 {
		tags[i] = mkTag(typ, posU)
		return
	}
	tags[i] = mkTag(typ, posB)
	for k := i + 1; k < j-1; k++ {
		tags[k] = mkTag(typ, posI)
	}
	tags[j-1] = mkTag(typ, posL)
}
