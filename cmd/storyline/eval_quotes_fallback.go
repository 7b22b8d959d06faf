package main

import (
	"context"
	"strings"
	"unicode"

	"github.com/storyline-news/storyline"
)

// capitalNames stands in for the ner stage when its model cannot be loaded
// (it is retrained while the quote stage is being written): every run of
// capitalised words outside a sentence's first word is a PERSON mention.
// It lets the quote benchmark run; its figures say so.
type capitalNames struct{}

func (capitalNames) Name() string { return "ner-fallback" }

// stopCaps are capitalised function words that do not start a name.
var stopCaps = map[string]bool{
	"The": true, "A": true, "An": true, "But": true, "And": true, "In": true, "On": true, "At": true,
	"He": true, "She": true, "It": true, "They": true, "We": true, "I": true, "This": true, "That": true,
	"His": true, "Her": true, "Their": true, "Our": true, "If": true, "As": true, "For": true, "Mr.": true,
	"Mrs.": true, "Ms.": true, "Sen.": true, "Rep.": true, "Gov.": true, "Dr.": true, "President": true,
}

func (capitalNames) Process(ctx context.Context, d *storyline.Doc) error {
	toks := d.Tokens
	for i := 0; i < len(toks); i++ {
		if !nameWord(toks[i].Text) {
			continue
		}
		j := i
		for j+1 < len(toks) && nameWord(toks[j+1].Text) {
			j++
		}
		sp := storyline.Span{Start: toks[i].Start, End: toks[j].End}
		words := make([]string, 0, j-i+1)
		for k := i; k <= j; k++ {
			words = append(words, toks[k].Text)
		}
		d.Mentions = append(d.Mentions, storyline.Mention{Span: sp, Type: storyline.Person, Text: strings.Join(words, " ")})
		i = j
	}
	return ctx.Err()
}

func nameWord(w string) bool {
	r := []rune(w)
	return len(r) > 1 && unicode.IsUpper(r[0]) && !stopCaps[w] && unicode.IsLower(r[len(r)-1])
}
