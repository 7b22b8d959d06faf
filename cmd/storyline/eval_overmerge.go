package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/eval"
)

const evalOverMergeAbout = `Ingest PATH (unrelated pages, such as ../shared/data/extraction/html) into a
fresh temporary store, exactly as storyline ingest does, and print the share of
articles that share a story with an article that is not a copy of theirs. On
pages that report unrelated events every such article is a wrong merge.`

func (m *Main) evalOverMerge(ctx context.Context, args []string) (err error) {
	fs := m.flags("eval overmerge", "PATH...", evalOverMergeAbout)
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "pages processed at once")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return usageError("eval overmerge needs a PATH")
	}
	dir, err := os.MkdirTemp("", "storyline-overmerge-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	store, err := m.openStore(ctx, filepath.Join(dir, "overmerge.db"))
	if err != nil {
		return err
	}
	defer closeInto(&err, store)
	run := &ingestRun{m: m, store: store, opt: ingestOptions{quiet: true, workers: *workers}}
	if err := run.execute(ctx, fs.Args()); err != nil && run.report == nil {
		return err
	}
	var arts []eval.StoryMember
	err = store.EachArticle(ctx, func(a *storyline.Article) error {
		arts = append(arts, eval.StoryMember{ID: a.ID, Story: a.Story, DuplicateOf: a.DuplicateOf})
		return nil
	})
	if err != nil {
		return err
	}
	merged, total := eval.OverMerge(arts)
	_, err = fmt.Fprintf(m.Stdout, "%d of %d articles (%.1f%%) share a story with an article that is not a copy of theirs\n",
		merged, total, 100*float64(merged)/float64(max(total, 1)))
	return err
}
