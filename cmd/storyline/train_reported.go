package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/entity"
	"github.com/storyline-news/storyline/ner"
	"github.com/storyline-news/storyline/pipeline"
	"github.com/storyline-news/storyline/quote"
	"github.com/storyline-news/storyline/quote/quotetrain"
	"github.com/storyline-news/storyline/text"
)

// trainReported learns the decision over reported speech from PolNeAR-format
// data. It reads the articles with the embedded cue lexicon and NER model,
// so retrain it after `storyline train quotes` or `train ner` and a rebuild.
func (m *Main) trainReported(ctx context.Context, args []string) error {
	fs := m.flags("train reported", "--data FILE [--model FILE] [--out FILE]",
		`Learn which readings of sentences without quotation marks are reported speech
(a logistic regression, its threshold chosen by cross-validation by article) from
PolNeAR-format JSON Lines and write the file the build embeds.`)
	data := fs.String("data", "", "training data in PolNeAR JSON Lines (required)")
	modelPath := fs.String("model", "", "a NER model file (default: the embedded model)")
	out := fs.String("out", filepath.Join("quote", "reported.json"), "where to write the model")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *data == "" {
		return usageError("train reported needs --data FILE")
	}
	if !fileExists(*data) {
		return storyline.InputError("train reported", *data, os.ErrNotExist)
	}
	start := time.Now()
	arts, err := m.reportedArticles(ctx, *data, *modelPath)
	if err != nil {
		return err
	}
	if err := writeFileAtomic(*out, func(w io.Writer) error {
		return quotetrain.TrainReported(ctx, arts, w, quotetrain.Options{Logger: m.Logger})
	}); err != nil {
		return err
	}
	m.Logger.Info("train reported: wrote model", "path", *out, "took", time.Since(start).Round(time.Millisecond))
	return nil
}

// reportedArticles annotates every gold article up to the entities and
// collects the quote stage's readings of it.
func (m *Main) reportedArticles(ctx context.Context, data, modelPath string) ([]quotetrain.ReportedArticle, error) {
	docs, err := readQuoteGold(ctx, data)
	if err != nil {
		return nil, err
	}
	// The stage from the lexicon alone: the readings do not depend on the
	// embedded decision, which may not fit features that have changed.
	lx, err := quote.LoadLexicon()
	if err != nil {
		return nil, err
	}
	q := &quote.Stage{Lexicon: lx}
	model, err := loadNERModel(modelPath)
	if err != nil {
		return nil, fmt.Errorf("train reported: load NER model: %w", err)
	}
	p := &pipeline.Pipeline{Stages: []storyline.Stage{text.Stage{}, ner.NewStage(model), entity.Stage{}}}
	arts := make([]quotetrain.ReportedArticle, 0, len(docs))
	for _, g := range docs {
		d := &storyline.Doc{Article: &storyline.Article{ID: g.DocID, Body: g.Text}}
		if err := p.Annotate(ctx, d); err != nil {
			return nil, fmt.Errorf("train reported: %s: %w", g.DocID, err)
		}
		marked, cands := q.Candidates(d)
		arts = append(arts, quotetrain.ReportedArticle{ID: g.DocID, Text: g.Text, Gold: g.Quotes, Marked: marked, Cands: cands})
	}
	return arts, nil
}
