// Package lang detects the language of an article body.
package lang

import (
	"context"
	"strings"
	"sync"
	"unicode"

	"github.com/abadojack/whatlanggo"
	"golang.org/x/text/language"

	"github.com/storyline-news/storyline"
)

// minConfidence is the detector confidence below which the language is left
// unknown: short or mixed texts give noisy guesses, and "unknown" is honest.
const minConfidence = 0.2

// sampleRunes bounds the text handed to the detector: a few hundred
// characters of news prose decide the language as well as a whole article
// does, and the detector costs about 2 µs per character.
const sampleRunes = 400

// retrySample is how many times longer the sample is when the first one
// leaves the detector unsure: a lead of names, figures and a headline in
// another language can hide the article's language for a few hundred
// characters ("Alfa Romeo C42 … Formel-1-Test 2022" read as French), and
// only the unsure pay for the longer read.
const retrySample = 4

// Stage fills Article.Language with an ISO 639-1 code.
type Stage struct{}

var _ storyline.Stage = Stage{}

// Info implements storyline.Stage.
func (Stage) Info() storyline.StageInfo {
	return storyline.StageInfo{Name: "lang", Adds: []storyline.Layer{storyline.LayerLanguage}}
}

// Process detects the language from the title and body.
func (Stage) Process(ctx context.Context, d *storyline.Doc) error {
	a := d.Article
	if a.Language != "" {
		return nil
	}
	// Detect reads no further than its longer sample: the body is not
	// copied whole to put the title before it.
	a.Language = Detect(a.Title + "\n" + sample(a.Body, sampleRunes*retrySample))
	return nil
}

// Detect returns the ISO 639-1 code of text's language (ISO 639-3 where the
// language has no two-letter code), Undetermined for a text whose language
// the detector cannot name, or "" for a text without letters. No stage built
// for English runs on an Undetermined text: an article not known to be
// English gets no English-model entities or quotes. The detector is unsure
// only of short texts: over the text and HTML dev pages and ECB+ and BASIL
// dev, 3 of 2,521 articles, all in Latin letters (an error page's "Request
// unsuccessful. Incapsula incident ID", a list of Chinese song titles with
// their romanisations, and a 259-character ECB+ report), which until then
// got every stage.
func Detect(text string) string {
	s := sample(text, sampleRunes)
	c, sure := detect(s)
	if !sure && len(s) < len(text) {
		s = sample(text, sampleRunes*retrySample)
		c, sure = detect(s)
	}
	switch {
	case sure:
		return c
	case !strings.ContainsFunc(s, unicode.IsLetter):
		return ""
	}
	return Undetermined
}

// detect returns the detector's language for a sample and whether it is
// sure enough of it to say.
func detect(s string) (string, bool) {
	info := whatlanggo.Detect(s)
	if info.Confidence >= minConfidence || info.IsReliable() {
		if c := code(info.Lang); c != "" {
			return c, true
		}
	}
	return "", false
}

// Undetermined is ISO 639-2's code for a language that cannot be told.
const Undetermined = "und"

// code is the language's two-letter code, or its three-letter one mapped
// to the macrolanguage's two letters ("pes", Iranian Persian, is "fa"),
// or "".
func code(l whatlanggo.Lang) string {
	if c, ok := codes()[l]; ok {
		return c
	}
	return codeOf(l)
}

// codes is codeOf every language whatlanggo knows, made once: whatlanggo
// builds a map of all its languages' codes on every call of Iso6391, for
// every article.
var codes = sync.OnceValue(func() map[whatlanggo.Lang]string {
	m := make(map[whatlanggo.Lang]string, len(whatlanggo.Langs))
	for l := range whatlanggo.Langs {
		m[l] = codeOf(l)
	}
	return m
})

// codeOf is code, read from whatlanggo.
func codeOf(l whatlanggo.Lang) string {
	if c := l.Iso6391(); c != "" {
		return c
	}
	tag, err := language.Parse(l.Iso6393())
	if err != nil {
		return ""
	}
	if canon, err := language.All.Canonicalize(tag); err == nil {
		tag = canon
	}
	base, _ := tag.Base()
	return base.String()
}

func sample(text string, runes int) string {
	n := 0
	for i := range text {
		if n == runes {
			return text[:i]
		}
		n++
	}
	return text
}
