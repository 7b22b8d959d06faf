package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"reflect"
	"runtime"
	"strconv"
	"strings"
	"time"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/cluster"
	"github.com/storyline-news/storyline/eval"
	"github.com/storyline-news/storyline/pipeline"
	"github.com/storyline-news/storyline/timex"
)

// evalEvents clusters a gold file's articles in publication order, in
// memory, and prints pairwise and BCubed precision, recall and F1.
func (m *Main) evalEvents(ctx context.Context, args []string) error {
	fs := m.flags("eval events", "--gold FILE [flags]",
		"Run the pipeline and the story clusterer over the articles of an events gold file (JSON Lines with a cluster label) in publication order, and score the stories against the labels.")
	gold := fs.String("gold", "", "the events gold file (e.g. shared/data/events/basil-dev.jsonl)")
	var tries tryList
	fs.Var(&tries, "try", "options to try instead of the tuned ones, as Name=value,Name=value (repeatable), e.g. Join=0.3,DatePenalty=0.2")
	join := addJoinFlags(fs)
	dump := fs.Bool("dump", false, "print one line per article: gold label, story, event date, title")
	if err := m.parseFlags(fs, args); err != nil {
		return err
	}
	if *gold == "" {
		return usageError("eval events needs --gold FILE")
	}
	recs, err := eval.ReadEventGold(*gold)
	if err != nil {
		return err
	}
	docs, err := m.eventDocs(ctx, *gold, recs)
	if err != nil {
		return err
	}
	labels := map[string]string{}
	for _, r := range recs {
		labels[r.ID] = r.Cluster
	}
	return tries.each(join, m.Stdout, func(opt cluster.Options) error {
		if err := m.scoreEvents(ctx, opt, docs, labels); err != nil {
			return err
		}
		if *dump {
			m.dumpEvents(docs, labels)
		}
		return nil
	})
}

// tryList collects --try flags: option sets for tuning on dev files.
type tryList []string

func (t *tryList) String() string     { return strings.Join(*t, " ") }
func (t *tryList) Set(s string) error { *t = append(*t, s); return nil }

// joinFlags choose the join decision the options start from: the
// embedded learned model, or a model file train stories wrote.
type joinFlags struct {
	learned *bool
	model   *string
}

func addJoinFlags(fs *flag.FlagSet) joinFlags {
	return joinFlags{
		learned: fs.Bool("learned", false, "decide joins and merges with the embedded learned join model (cluster.LearnedOptions)"),
		model:   fs.String("model", "", "decide joins and merges with the join model in FILE (as train stories --out writes it)"),
	}
}

// base returns the options the flags choose.
func (j joinFlags) base() (func() cluster.Options, error) {
	if j.model != nil && *j.model != "" {
		b, err := os.ReadFile(*j.model)
		if err != nil {
			return nil, err
		}
		m, err := cluster.ParseJoinModel(b)
		if err != nil {
			return nil, err
		}
		return func() cluster.Options {
			o := cluster.DefaultOptions()
			o.Model = m
			return o
		}, nil
	}
	if j.learned != nil && *j.learned {
		return cluster.LearnedOptions, nil
	}
	return cluster.DefaultOptions, nil
}

// each runs f with every option set tried (the tuned one alone when none
// is), printing each tried set to w before its run.
func (t tryList) each(join joinFlags, w io.Writer, f func(cluster.Options) error) error {
	opts, err := t.options(join)
	if err != nil {
		return err
	}
	for _, opt := range opts {
		if len(t) > 0 {
			fmt.Fprintf(w, "%+v\n", opt)
		}
		if err := f(opt); err != nil {
			return err
		}
	}
	return nil
}

func (t tryList) options(join joinFlags) ([]cluster.Options, error) {
	base, err := join.base()
	if err != nil {
		return nil, err
	}
	if len(t) == 0 {
		return []cluster.Options{base()}, nil
	}
	var out []cluster.Options
	for _, spec := range t {
		opt := base()
		if opt.Model != nil {
			m := *opt.Model
			opt.Model = &m
		}
		v := reflect.ValueOf(&opt).Elem()
		for _, kv := range strings.Split(spec, ",") {
			name, val, _ := strings.Cut(strings.TrimSpace(kv), "=")
			f := v.FieldByName(name)
			if field, ok := strings.CutPrefix(name, "Model."); ok && opt.Model != nil {
				f = reflect.ValueOf(opt.Model).Elem().FieldByName(field)
			}
			if !f.IsValid() {
				return nil, usageError("--try: no option %q", name)
			}
			x, err := strconv.ParseFloat(val, 64)
			if err != nil {
				return nil, usageError("--try %s: %v", name, err)
			}
			if f.Kind() == reflect.Int {
				f.SetInt(int64(x))
			} else {
				f.SetFloat(x)
			}
		}
		out = append(out, opt)
	}
	return out, nil
}

func (m *Main) scoreEvents(ctx context.Context, opt cluster.Options, docs []*storyline.Doc, labels map[string]string) error {
	c := cluster.New(opt)
	start := time.Now()
	if _, err := c.Assign(ctx, docs); err != nil {
		return err
	}
	spent := time.Since(start)
	pred := map[string]string{}
	dups, wrongDups := 0, 0
	for _, d := range docs {
		pred[d.Article.ID] = d.Article.Story
		if o := d.Article.DuplicateOf; o != "" {
			dups++
			if labels[o] != labels[d.Article.ID] {
				wrongDups++
			}
		}
	}
	s := eval.ScoreClusters(labels, pred)
	fmt.Fprintf(m.Stdout, "%d articles, %d gold events, %d stories, %d duplicates (%d across gold events)\n",
		s.Items, s.GoldClusters, s.PredClusters, dups, wrongDups)
	fmt.Fprintf(m.Stdout, "  pairwise F1 %.3f (P %.3f / R %.3f)\n", s.PairF1, s.PairP, s.PairR)
	fmt.Fprintf(m.Stdout, "  BCubed   F1 %.3f (P %.3f / R %.3f)\n", s.BCubedF1, s.BCubedP, s.BCubedR)
	fmt.Fprintf(m.Stdout, "  clustering: %.0f articles/s\n", float64(len(docs))/max(spent.Seconds(), 1e-9))
	return nil
}

// eventDocs runs extraction and the pipeline's stages (timex among them)
// over the records, in the publication order ReadEventGold gives.
func (m *Main) eventDocs(ctx context.Context, path string, recs []eval.EventRecord) ([]*storyline.Doc, error) {
	pages := make(chan *storyline.Page, len(recs))
	for _, r := range recs {
		pages <- r.Page(path)
	}
	close(pages)
	var docs []*storyline.Doc
	p, err := m.newPipeline(runtime.GOMAXPROCS(0), nil)
	if err != nil {
		return nil, err
	}
	err = p.Run(ctx, pages, func(ctx context.Context, res pipeline.Result) error {
		if res.Err != nil {
			m.tellInput("skipped", res.Err)
			return nil
		}
		docs = append(docs, res.Docs...)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return docs, nil
}

func (m *Main) dumpEvents(docs []*storyline.Doc, labels map[string]string) {
	for _, d := range docs {
		a := d.Article
		fmt.Fprintf(m.Stdout, "%s\t%s\t%s\t%s\tdup=%s\tevent=%s y=%d\tents=%d\t%.60q\n", labels[a.ID], a.Story, a.ID, a.Published,
			a.DuplicateOf, timex.EventDate(a), timex.Year(a), len(d.Mentions), a.Title)
	}
}
