package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/entity"
	"github.com/storyline-news/storyline/eval"
	"github.com/storyline-news/storyline/ner"
	"github.com/storyline-news/storyline/pipeline"
	"github.com/storyline-news/storyline/quote"
	"github.com/storyline-news/storyline/text"
)

// trainOnPolNeAR runs a trainer of quote's models, which all learn from
// PolNeAR-format JSON Lines: it parses the flags they share (--data, --model
// for the NER model, --out defaulting to quote/NAME.json), and writes what
// train writes to the model file whole or not at all. more adds a
// trainer's own flags (usage names them) and says, once they are parsed,
// whether they ask for a report only: train then writes to no file and
// returns errNoModel. train reads the articles through annotatePolNeAR.
func (m *Main) trainOnPolNeAR(ctx context.Context, args []string, name, usage, help string,
	more func(fs *flag.FlagSet) (reportOnly func() bool), train func(ctx context.Context, data, nerModel string, w io.Writer) error) error {
	op := "train " + name
	fs := m.flags(op, "--data FILE [--model FILE] [--out FILE]"+usage, help)
	reportOnly := func() bool { return false }
	if more != nil {
		reportOnly = more(fs)
	}
	data := fs.String("data", "", "training data in PolNeAR JSON Lines (required)")
	modelPath := fs.String("model", "", "a NER model file (default: the embedded model)")
	out := fs.String("out", filepath.Join("quote", name+".json"), "where to write the model")
	if err := m.parseFlags(fs, args); err != nil {
		return err
	}
	if *data == "" {
		return usageError("%s needs --data FILE", op)
	}
	if !fileExists(*data) {
		return storyline.InputError(op, *data, os.ErrNotExist)
	}
	start := time.Now()
	if reportOnly() {
		if err := train(ctx, *data, *modelPath, io.Discard); !errors.Is(err, errNoModel) {
			return err
		}
		return nil
	}
	if err := writeFileAtomic(*out, func(w io.Writer) error {
		return train(ctx, *data, *modelPath, w)
	}); err != nil {
		return err
	}
	m.Logger.Info(op+": wrote model", "path", *out, "took", time.Since(start).Round(time.Millisecond))
	return nil
}

// errNoModel is what a trainer returns when its flags asked for a report
// only (train speakers --quick): no model file is written or touched.
var errNoModel = errors.New("no model written")

// annotatePolNeAR annotates every article of the gold in data up to the
// entities (text, NER with the model in nerModel or the embedded one,
// entity) and hands each to each.
func annotatePolNeAR(ctx context.Context, op, data, nerModel string, each func(g eval.QuoteGoldDoc, d *storyline.Doc) error) error {
	docs, err := readQuoteGold(ctx, data)
	if err != nil {
		return err
	}
	model, err := loadNERModel(nerModel)
	if err != nil {
		return fmt.Errorf("%s: load NER model: %w", op, err)
	}
	lex, err := quote.LoadLexicon()
	if err != nil {
		return fmt.Errorf("%s: load quote lexicon: %w", op, err)
	}
	p := &pipeline.Pipeline{Stages: []storyline.Stage{text.Stage{}, ner.NewStage(model), entity.Stage{Names: lex}}}
	for _, g := range docs {
		d := &storyline.Doc{Article: &storyline.Article{ID: g.DocID, Body: g.Text}}
		if err := p.Annotate(ctx, d); err != nil {
			return fmt.Errorf("%s: %s: %w", op, g.DocID, err)
		}
		if err := each(g, d); err != nil {
			return fmt.Errorf("%s: %s: %w", op, g.DocID, err)
		}
	}
	return nil
}
