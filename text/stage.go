package text

import (
	"context"

	"github.com/storyline-news/storyline"
)

// Stage fills Doc.Tokens and Doc.Sentences from the article body.
type Stage struct{}

var _ storyline.Stage = Stage{}

// Info implements storyline.Stage.
func (Stage) Info() storyline.StageInfo {
	// Transient: the tokens serve the stages after it; an article no stage
	// reads them for (one in a language no tagger is built for) is not
	// tokenised.
	return storyline.StageInfo{Name: "text", Adds: []storyline.Layer{storyline.LayerTokens}, Transient: true}
}

// Process implements storyline.Stage.
func (Stage) Process(ctx context.Context, d *storyline.Doc) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if d.Article == nil {
		return nil
	}
	toks, body := tokenizeDecoded(decodeAs(d.Article.Body, d.Runes()))
	d.Tokens = toks
	d.Sentences = body.sentences(toks)
	return nil
}
