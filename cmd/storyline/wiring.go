package main

import (
	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/entity"
	"github.com/storyline-news/storyline/extract"
	"github.com/storyline-news/storyline/lang"
	"github.com/storyline-news/storyline/ner"
	"github.com/storyline-news/storyline/pipeline"
	"github.com/storyline-news/storyline/quote"
	"github.com/storyline-news/storyline/text"
	"github.com/storyline-news/storyline/timex"
)

// newPipeline wires the extractor and the per-document stages in order.
func (m *Main) newPipeline(workers int, stats *pipeline.Stats) (*pipeline.Pipeline, error) {
	quotes, err := quote.New()
	if err != nil {
		return nil, &storyline.Error{Code: storyline.EINTERNAL, Op: "quote.New", Err: err}
	}
	model, err := ner.Load()
	if err != nil {
		// The model is part of the binary: failing to read it is a bug, not bad input.
		return nil, &storyline.Error{Code: storyline.EINTERNAL, Op: "ner.Load", Err: err}
	}
	return &pipeline.Pipeline{
		Extractor: extract.New(extract.Options{Now: m.Now}),
		Stages: []storyline.Stage{
			lang.Stage{},
			text.Stage{},
			ner.NewStage(model),
			entity.Stage{Names: quotes.Lexicon}, // the first names the quote lexicon learned give "Mrs. Clinton" her full name
			quotes,
			entity.Speakers{}, // entity decides which speakers the quote rules found become entities
			timex.NewStage(),
		},
		Workers: workers,
		Stats:   stats,
	}, nil
}
