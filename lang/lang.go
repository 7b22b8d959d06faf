// Package lang detects the language of an article body.
package lang

import (
	"context"

	"github.com/abadojack/whatlanggo"

	"github.com/storyline-news/storyline"
)

// minConfidence is the detector confidence below which the language is left
// unknown: short or mixed texts give noisy guesses, and "unknown" is honest.
const minConfidence = 0.2

// sampleRunes bounds the text handed to the detector: a few hundred
// characters of news prose decide the language as well as a whole article
// does, and the detector costs about 2 µs per character.
const sampleRunes = 400

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
	a.Language = Detect(a.Title + "\n" + a.Body)
	return nil
}

// Detect returns the ISO 639-1 code of text's language, or "" when unsure.
func Detect(text string) string {
	text = sample(text)
	info := whatlanggo.Detect(text)
	if info.Confidence < minConfidence && !info.IsReliable() {
		return ""
	}
	return info.Lang.Iso6391()
}

func sample(text string) string {
	n := 0
	for i := range text {
		if n == sampleRunes {
			return text[:i]
		}
		n++
	}
	return text
}
