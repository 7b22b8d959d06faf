package main

import (
	"context"
	"io"
	"path/filepath"
	"strings"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/compare/comparetrain"
	"github.com/storyline-news/storyline/eval"
)

func (m *Main) trainFigures(ctx context.Context, args []string) error {
	fs := m.flags("train figures", "--source EVENTS=GOLD[,GOLD...]... [--out FILE]",
		`Learn the comparison's disagreement decision (do two figures of different
values, from two articles, state one quantity?) from hand-annotated figure
groups: a logistic model over the pair's features (compare.FigureFeatures).
Only the first half of each gold file's events (as eval compare splits it)
is read; the penalty, the decision threshold and the pooling are chosen by
cross-validation over those events, and the nested cross-validated
precision and recall of disagreeing figures are printed. Ingests each events
file as eval compare does. Deterministic: the same data gives the same
bytes. Rebuild the binary afterwards: the model is embedded.`)
	var sources, tune tryList
	fs.Var(&tune, "tune", "an events file and tuning-only gold files that point into it, read whole (as eval compare --extra reads them), as EVENTS=GOLD,GOLD (repeatable; e.g. ../shared/data/events/ecbplus-dev.jsonl=eval/testdata/compare-ecbplus-dev-figures.jsonl)")
	fs.Var(&sources, "source", "an events file and the gold files that point into it, as EVENTS=GOLD,GOLD (repeatable; e.g. ../shared/data/events/ecbplus-dev.jsonl=eval/testdata/compare-ecbplus-dev.jsonl,eval/testdata/compare-ecbplus-dev-extra.jsonl)")
	out := fs.String("out", filepath.Join("compare", "figpairs.json"), "where to write the model")
	pairs := fs.String("pairs", "", "also write the labelled candidate pairs with the model's probabilities to this file (TSV), for reading")
	folds := fs.Int("folds", 0, "cross-validation folds over events (0: 5)")
	features := fs.String("features", "", "comma-separated features the model uses (default: all of compare.FigureFeatures)")
	quick := fs.Bool("quick", false, "skip the nested cross-validation (its figure only; the model is the same)")
	if err := m.parseFlags(fs, args); err != nil {
		return err
	}
	if len(sources)+len(tune) == 0 {
		return usageError("train figures needs --source EVENTS=GOLD")
	}
	opts := comparetrain.FigureOptions{
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
	for k, src := range append(append(tryList{}, sources...), tune...) {
		events, golds, ok := strings.Cut(src, "=")
		if !ok || events == "" || golds == "" {
			return usageError("--source/--tune %q: want EVENTS=GOLD[,GOLD...]", src)
		}
		s := comparetrain.FigureSource{Events: events}
		for _, g := range strings.Split(golds, ",") {
			items, err := eval.ReadCompareGold(g)
			if err != nil {
				return err
			}
			if k < len(sources) {
				items, _ = splitHalves(items) // the held-out half is never learned from
			}
			s.Gold = append(s.Gold, items...)
		}
		opts.Sources = append(opts.Sources, s)
	}
	return trainWithPairs(*out, *pairs, &opts.Pairs, func(w io.Writer) error {
		return comparetrain.TrainFigures(ctx, w, opts)
	})
}
