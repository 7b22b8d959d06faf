package main

import (
	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/extract"
	"github.com/storyline-news/storyline/lang"
	"github.com/storyline-news/storyline/pipeline"
)

// newPipeline wires the extractor and the per-document stages in order.
func (m *Main) newPipeline(workers int, stats *pipeline.Stats) *pipeline.Pipeline {
	return &pipeline.Pipeline{
		Extractor: extract.New(extract.Options{Now: m.Now}),
		Stages: []storyline.Stage{
			lang.Stage{},
		},
		Workers: workers,
		Stats:   stats,
	}
}
