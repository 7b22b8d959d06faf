// Package lang detects the language of an article body.
package lang

import (
	"context"
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
// language has no two-letter code), Undetermined for a text mostly in
// another script than Latin whose language the detector cannot name, or ""
// when unsure. A text not written in Latin letters is never English, so no
// stage built for English runs on it.
func Detect(text string) string {
	s := sample(text, sampleRunes)
	c, sure := detect(s)
	if !sure && len(s) < len(text) {
		s = sample(text, sampleRunes*retrySample)
		c, sure = detect(s)
	}
	if sure {
		return c
	}
	if !mostlyLatin(s) {
		return Undetermined
	}
	return ""
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

// mostlyLatin reports whether at least half of the text's letters are
// Latin; a text without letters counts as Latin (nothing says otherwise).
func mostlyLatin(text string) bool {
	letters, latin := 0, 0
	for _, r := range text {
		if unicode.IsLetter(r) {
			letters++
			if unicode.Is(unicode.Latin, r) {
				latin++
			}
		}
	}
	return latin*2 >= letters
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
