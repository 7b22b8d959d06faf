package main

import (
	"context"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/cluster/clustertrain"
	"github.com/storyline-news/storyline/eval"
	"github.com/storyline-news/storyline/ingest"
	"github.com/storyline-news/storyline/pipeline"
)

// storiesFeatures are the join model's features: the similarities less the
// collection's background (in a small collection about one subject every
// article looks like every other; TestSeeds), the people named, and the gap
// between event days. Backward elimination (--features select) on the dev
// sets prefers the raw similarities, which merge the seeds' sister events.
var storiesFeatures = []string{"text_rel", "names_rel", "people_rel", "date_gap", "date_weeks"}

func (m *Main) trainStories(ctx context.Context, args []string) error {
	fs := m.flags("train stories", "--data DIR [--out FILE] [--same FILE] [PAGES...]",
		`Learn the story clusterer's join decision (does an article report the event of a
candidate story?) from the events dev sets in DIR (*-dev.jsonl, such as
../shared/data/events): a logistic model over the article's similarities to the
story (text, names, entities, people, event-day and publication gaps, source).
The features, the join threshold and the merge threshold are chosen by
cross-validation over events; the cross-validated BCubed F1 of each set is
printed. Runs the pipeline as eval events does. Deterministic: the same data
gives the same bytes. Rebuild the binary afterwards: the model is embedded.

PAGES (files or folders of unrelated pages, such as
../shared/data/extraction/html) are distractors: the events sets hold no
unrelated articles at a stream's scale, so their pages are interleaved with
the events' articles while the model learns (a join to any story but their
own event's is wrong), dealt to the folds by site, and each held-out fold is
clustered alone to measure the over-merge, which the choice of threshold
weighs against the events' F1. --same names the pages judged to report one
event (as eval overmerge --same).

--try cross-validates hand-set options (as eval events --try) on the same
folds instead, and writes no model.`)
	data := fs.String("data", "", "the events folder (required)")
	out := fs.String("out", filepath.Join("cluster", "join.json"), "where to write the model")
	without := fs.String("without", "", "comma-separated features never to use")
	same := fs.String("same", "", "a file of groups of PAGES judged to report one event (as eval overmerge --same)")
	verbose := fs.Bool("v", false, "print the cross-validated figures of every threshold and merge bar tried")
	l2 := fs.Float64("lambda", 0, "the L2 penalty on standardised weights (0: the trainer's default)")
	var tries tryList
	fs.Var(&tries, "try", "hand-set options to cross-validate instead of training, as Name=value,... (repeatable; see eval events)")
	features := fs.String("features", strings.Join(storiesFeatures, ","), "comma-separated features to use, or \"select\": choose them by cross-validation (backward elimination)")
	if err := m.parseFlags(fs, args); err != nil {
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
	opts.Lambda = *l2
	opts.Verbose = *verbose
	if fs.NArg() > 0 {
		ds, err := m.distractors(ctx, fs.Args(), *same)
		if err != nil {
			return err
		}
		opts.Distractors = ds
	}
	if *features != "select" {
		opts.Features = strings.Split(*features, ",")
	}
	if *without != "" {
		opts.Without = strings.Split(*without, ",")
	}
	if len(tries) > 0 {
		hand, err := tries.options(joinFlags{})
		if err != nil {
			return err
		}
		for i := range hand {
			fmt.Fprintf(m.Stdout, "hand-set options %d: %s\n", i+1, tries[i])
		}
		opts.Hand = hand
		return clustertrain.Train(ctx, *data, io.Discard, opts)
	}
	return writeFileAtomic(*out, func(w io.Writer) error {
		return clustertrain.Train(ctx, *data, w, opts)
	})
}

// distractors runs the pipeline over the pages in paths, as ingest reads
// them, and labels each article with the group of sameFile that holds it
// (its own id when none) and with its site (the host of its URL, else its
// id), the fold it falls in.
func (m *Main) distractors(ctx context.Context, paths []string, sameFile string) ([]clustertrain.Distractor, error) {
	event := map[string]string{}
	if sameFile != "" {
		f, err := os.Open(sameFile)
		if err != nil {
			return nil, err
		}
		same, err := eval.ReadSameEvents(f)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", sameFile, err)
		}
		for _, g := range same {
			for _, id := range g.Articles {
				event[id] = g.Event
			}
		}
	}
	inputs, errs := ingest.ExpandOptions{}.Expand(paths)
	for _, err := range errs {
		m.tellInput("skipped", err)
	}
	pages := make(chan *storyline.Page, len(inputs))
	r := &ingest.Reader{}
	for _, in := range inputs {
		err := r.Read(ctx, in, func(p *storyline.Page) error {
			if len(pages) == cap(pages) {
				return fmt.Errorf("train stories: more pages than inputs in %s", in.Path)
			}
			pages <- p
			return nil
		})
		if err != nil {
			m.tellInput("skipped", err)
		}
	}
	close(pages)
	p, err := m.newPipeline(runtime.GOMAXPROCS(0), nil)
	if err != nil {
		return nil, err
	}
	var out []clustertrain.Distractor
	err = p.Run(ctx, pages, func(ctx context.Context, res pipeline.Result) error {
		if res.Err != nil {
			m.tellInput("skipped", res.Err)
			return nil
		}
		for _, d := range res.Docs {
			id := d.Article.ID
			ev := event[id]
			if ev == "" {
				ev = id
			}
			site := id
			if u, err := url.Parse(d.Article.URL); err == nil && u.Host != "" {
				site = strings.TrimPrefix(u.Host, "www.")
			}
			out = append(out, clustertrain.Distractor{Doc: d, Event: ev, Site: site})
		}
		return nil
	})
	return out, err
}
