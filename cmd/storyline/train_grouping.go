package main

import (
	"bufio"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/compare/comparetrain"
	"github.com/storyline-news/storyline/eval"
)

func (m *Main) trainGrouping(ctx context.Context, args []string) error {
	fs := m.flags("train grouping", "--events FILE --gold FILE [--extra FILE]... [--out FILE]",
		`Learn the comparison's utterance decision (are two quotations of different
articles reports of one utterance?) from hand-annotated quote groups: a
logistic model over the pair's similarities (compare.QuoteFeatures). Only the
tuned-on half of --gold (its first half of events, as eval compare splits it)
and the --extra files are read; the penalty, the decision threshold and the
link rule are chosen by cross-validation over their events, and the nested
cross-validated pairwise F1 is printed. Ingests the events file as eval
compare does. Deterministic: the same data gives the same bytes. Rebuild the
binary afterwards: the model is embedded.`)
	events := fs.String("events", "", "the events file the gold points into (e.g. ../shared/data/events/basil-dev.jsonl; required)")
	gold := fs.String("gold", filepath.Join("eval", "testdata", "compare-basil-dev.jsonl"), "comparison gold file; its first half is learned from")
	var extra tryList
	fs.Var(&extra, "extra", "a further gold file of tuning-only annotations (repeatable; default eval/testdata/compare-basil-dev-extra.jsonl)")
	out := fs.String("out", filepath.Join("compare", "grouping.json"), "where to write the model")
	pairs := fs.String("pairs", "", "also write the labelled candidate pairs with the model's probabilities to this file (TSV), for reading")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of the run to this file (go tool pprof reads it)")
	folds := fs.Int("folds", 0, "cross-validation folds over events (0: 5; as many as the events or more: leave one event out)")
	features := fs.String("features", "", "comma-separated features the model uses (default: all of compare.QuoteFeatures)")
	quick := fs.Bool("quick", false, "skip the nested cross-validation (its figure only; the model is the same)")
	if err := m.parseFlags(fs, args); err != nil {
		return err
	}
	if *events == "" {
		return usageError("train grouping needs --events FILE")
	}
	stop, err := startCPUProfile(*cpuProfile)
	if err != nil {
		return err
	}
	defer stop()
	if len(extra) == 0 {
		extra = tryList{filepath.Join("eval", "testdata", "compare-basil-dev-extra.jsonl")}
	}
	items, err := eval.ReadCompareGold(*gold)
	if err != nil {
		return err
	}
	tune, _, err := tuningItems(items, extra)
	if err != nil {
		return err
	}
	opts := comparetrain.Options{
		Gold:     tune,
		Report:   m.Stdout,
		NoNested: *quick,
		Folds:    *folds,
		Prepare: func(ctx context.Context, _ string, recs []eval.EventRecord) (map[string]*storyline.Article, []*storyline.Story, error) {
			return m.ingestedStories(ctx, recs)
		},
	}
	if *features != "" {
		opts.Features = strings.Split(*features, ",")
	}
	return trainWithPairs(*out, *pairs, &opts.Pairs, func(w io.Writer) error {
		return comparetrain.Train(ctx, *events, w, opts)
	})
}

// trainWithPairs writes the model train writes to out; with a pairs path,
// *pairsTo is set to a writer of that file first, so that the trainer also
// lists its labelled candidate pairs there. Both files are written whole or
// not at all.
func trainWithPairs(out, pairs string, pairsTo *io.Writer, train func(io.Writer) error) error {
	model := func() error { return writeFileAtomic(out, train) }
	if pairs == "" {
		return model()
	}
	// The pairs go through a buffer, whose first write error Flush
	// returns.
	var trainErr error
	werr := writeFileAtomic(pairs, func(w io.Writer) error {
		bw := bufio.NewWriter(w)
		*pairsTo = bw
		trainErr = model()
		return bw.Flush()
	})
	if trainErr != nil {
		return trainErr
	}
	return werr
}

// ingestedStories ingests the records (labels removed) into a fresh store
// and reads back its articles and stories.
func (m *Main) ingestedStories(ctx context.Context, recs []eval.EventRecord) (map[string]*storyline.Article, []*storyline.Story, error) {
	dir, err := os.MkdirTemp("", "storyline-train-grouping-")
	if err != nil {
		return nil, nil, err
	}
	defer os.RemoveAll(dir)
	_, input, err := writeUnlabelled(dir, recs)
	if err != nil {
		return nil, nil, err
	}
	db := filepath.Join(dir, "train.db")
	if err := m.runIngest(ctx, []string{"--quiet", "--db", db, input}); err != nil {
		return nil, nil, err
	}
	return m.storedStories(ctx, db)
}
