package main

import (
	"context"
	"io"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/eval"
	"github.com/storyline-news/storyline/quote"
	"github.com/storyline-news/storyline/quote/quotetrain"
)

// trainReported learns the decision over reported speech from PolNeAR-format
// data. It reads the articles with the embedded cue lexicon and NER model,
// so retrain it after `storyline train quotes` or `train ner` and a rebuild.
func (m *Main) trainReported(ctx context.Context, args []string) error {
	return m.trainOnPolNeAR(ctx, args, "reported", "",
		`Learn which readings of sentences without quotation marks are reported speech
(a logistic regression, its threshold chosen by cross-validation by article) from
PolNeAR-format JSON Lines; print the precision and recall over all
attributions, cross-validated by article, of each setting tried, and write the
file the build embeds.`, nil,
		func(ctx context.Context, data, nerModel string, w io.Writer) error {
			arts, err := reportedArticles(ctx, data, nerModel)
			if err != nil {
				return err
			}
			return quotetrain.TrainReported(ctx, arts, w, quotetrain.Options{Logger: m.Logger, Report: m.Stdout})
		})
}

// reportedArticles annotates every gold article up to the entities and
// collects the quote stage's readings of it.
func reportedArticles(ctx context.Context, data, nerModel string) ([]quotetrain.ReportedArticle, error) {
	// The stage from the lexicon alone: the readings do not depend on the
	// embedded decision, which may not fit features that have changed.
	lx, err := quote.LoadLexicon()
	if err != nil {
		return nil, err
	}
	q := &quote.Stage{Lexicon: lx}
	var arts []quotetrain.ReportedArticle
	err = annotatePolNeAR(ctx, "train reported", data, nerModel, func(g eval.QuoteGoldDoc, d *storyline.Doc) error {
		marked, cands := q.Candidates(d)
		arts = append(arts, quotetrain.ReportedArticle{ID: g.DocID, Text: g.Text, Gold: g.Quotes, Marked: marked, Cands: cands})
		return nil
	})
	return arts, err
}
