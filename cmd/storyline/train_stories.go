package main

import (
	"context"
	"io"
	"path/filepath"
	"strings"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/cluster/clustertrain"
	"github.com/storyline-news/storyline/eval"
)

// storiesFeatures are the join model's features: the similarities less the
// collection's background (in a small collection about one subject every
// article looks like every other; TestSeeds), the people named, and the gap
// between event days. Backward elimination (--features select) on the dev
// sets prefers the raw similarities, which merge the seeds' sister events.
var storiesFeatures = []string{"text_rel", "names_rel", "people_rel", "date_gap", "date_weeks"}

func (m *Main) trainStories(ctx context.Context, args []string) error {
	fs := m.flags("train stories", "--data DIR [--out FILE]",
		`Learn the story clusterer's join decision (does an article report the event of a
candidate story?) from the events dev sets in DIR (*-dev.jsonl, such as
../shared/data/events): a logistic model over the article's similarities to the
story (text, names, entities, people, event-day and publication gaps, source).
The features, the join threshold and the merge threshold are chosen by
cross-validation over events; the cross-validated BCubed F1 of each set is
printed. Runs the pipeline as eval events does. Deterministic: the same data
gives the same bytes. Rebuild the binary afterwards: the model is embedded.`)
	data := fs.String("data", "", "the events folder (required)")
	out := fs.String("out", filepath.Join("cluster", "join.json"), "where to write the model")
	without := fs.String("without", "", "comma-separated features never to use")
	features := fs.String("features", strings.Join(storiesFeatures, ","), "comma-separated features to use, or \"select\": choose them by cross-validation (backward elimination)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *data == "" {
		return usageError("train stories needs --data DIR")
	}
	opts := clustertrain.Options{
		Report: m.Stdout,
		Prepare: func(ctx context.Context, path string, recs []eval.EventRecord) ([]*storyline.Doc, error) {
			return m.eventDocs(ctx, path, recs)
		},
	}
	if *features != "select" {
		opts.Features = strings.Split(*features, ",")
	}
	if *without != "" {
		opts.Without = strings.Split(*without, ",")
	}
	return writeFileAtomic(*out, func(w io.Writer) error {
		return clustertrain.Train(ctx, *data, w, opts)
	})
}
