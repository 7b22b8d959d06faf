package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/cluster"
	"github.com/storyline-news/storyline/eval"
)

const evalOverMergeAbout = `Ingest PATH (unrelated pages, such as ../shared/data/extraction/html) into a
fresh temporary store, exactly as storyline ingest does, and print the share of
articles that share a story with an article that is not a copy of theirs. On
pages that report unrelated events every such article is a wrong merge.

Pages collected as unrelated can still report one event (three outlets on one
debate). --same names a file of such groups, judged by a reader (one JSON
object per line: {"event": "...", "articles": [id, ...]}, as
eval/testdata/overmerge-html-dev-same-event.jsonl): the figure is then printed
again with those groups counted as one page each.`

func (m *Main) evalOverMerge(ctx context.Context, args []string) error {
	fs := m.flags("eval overmerge", "PATH...", evalOverMergeAbout)
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "pages processed at once")
	sameFile := fs.String("same", "", "a file of groups of pages judged to report one event")
	var tries tryList
	fs.Var(&tries, "try", "story clusterer options to try instead of the tuned ones, as Name=value,... (repeatable; see eval events)")
	join := addJoinFlags(fs)
	if err := m.parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return usageError("eval overmerge needs a PATH")
	}
	var same []eval.SameEvent
	if *sameFile != "" {
		f, err := os.Open(*sameFile)
		if err != nil {
			return err
		}
		same, err = eval.ReadSameEvents(f)
		f.Close()
		if err != nil {
			return fmt.Errorf("%s: %w", *sameFile, err)
		}
	}
	return tries.each(join, m.Stdout, func(opt cluster.Options) error {
		return m.overMergeOnce(ctx, fs.Args(), *workers, opt, same, filepath.Base(*sameFile))
	})
}

// overMergeOnce ingests paths into a fresh store with the clusterer's
// options opt and prints the over-merge, and with same given, the
// over-merge counting its groups as one page each.
func (m *Main) overMergeOnce(ctx context.Context, paths []string, workers int, opt cluster.Options, same []eval.SameEvent, sameName string) (err error) {
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
	run := &ingestRun{m: m, store: store, opt: ingestOptions{quiet: true, workers: workers, cluster: &opt}}
	if err := run.execute(ctx, paths); err != nil && run.report == nil {
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
	merged, total := eval.OverMerge(arts, nil)
	_, err = fmt.Fprintf(m.Stdout, "%d of %d articles (%.1f%%) share a story with an article that is not a copy of theirs\n",
		merged, total, 100*float64(merged)/float64(max(total, 1)))
	if err != nil || same == nil {
		return err
	}
	merged, total = eval.OverMerge(arts, same)
	_, err = fmt.Fprintf(m.Stdout, "%d of %d articles (%.1f%%) share a story with an article that is neither a copy of theirs nor, by %s, a report of the same event\n",
		merged, total, 100*float64(merged)/float64(max(total, 1)), sameName)
	return err
}
