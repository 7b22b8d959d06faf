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
	return storyline.StageInfo{Name: "text", Adds: []storyline.Layer{storyline.LayerTokens}}
}

// Process implements storyline.Stage.
func (Stage) Process(ctx context.Context, d *storyline.Doc) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if d.Article == nil {
		return nil
	}
	toks, body := tokenize(d.Article.Body)
	d.Tokens = toks
	d.Sentences = body.sentences(toks)
	return nil
}
