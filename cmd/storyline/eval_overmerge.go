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
again with those groups counted as one page each. --list prints each story
counted (after the judged groups, when given): its articles with their
publication day, language, site and title.`

func (m *Main) evalOverMerge(ctx context.Context, args []string) error {
	fs := m.flags("eval overmerge", "PATH...", evalOverMergeAbout)
	workers := new(int)
	positiveVar(fs, workers, "workers", runtime.GOMAXPROCS(0), "process `N` pages at once")
	sameFile := fs.String("same", "", "a file of groups of pages judged to report one event")
	list := fs.Bool("list", false, "print the over-merged stories and their articles")
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
		return m.overMergeOnce(ctx, fs.Args(), *workers, opt, same, filepath.Base(*sameFile), *list)
	})
}

// overMergeOnce ingests paths into a fresh store with the clusterer's
// options opt and prints the over-merge, and with same given, the
// over-merge counting its groups as one page each; with list, the stories
// counted last.
func (m *Main) overMergeOnce(ctx context.Context, paths []string, workers int, opt cluster.Options, same []eval.SameEvent, sameName string, list bool) (err error) {
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
	byID := map[string]*storyline.Article{}
	err = store.EachArticle(ctx, func(a *storyline.Article) error {
		arts = append(arts, eval.StoryMember{ID: a.ID, Story: a.Story, DuplicateOf: a.DuplicateOf})
		if list {
			byID[a.ID] = a
		}
		return nil
	})
	if err != nil {
		return err
	}
	merged, total := eval.OverMerge(arts, nil)
	_, err = fmt.Fprintf(m.Stdout, "%d of %d articles (%.1f%%) share a story with an article that is not a copy of theirs\n",
		merged, total, 100*float64(merged)/float64(max(total, 1)))
	if err == nil && same != nil {
		merged, total = eval.OverMerge(arts, same)
		_, err = fmt.Fprintf(m.Stdout, "%d of %d articles (%.1f%%) share a story with an article that is neither a copy of theirs nor, by %s, a report of the same event\n",
			merged, total, 100*float64(merged)/float64(max(total, 1)), sameName)
	}
	if err != nil || !list {
		return err
	}
	for _, members := range eval.OverMerged(arts, same) {
		if _, err := fmt.Fprintf(m.Stdout, "story %s\n", members[0].Story); err != nil {
			return err
		}
		for _, s := range members {
			a := byID[s.ID]
			if _, err := fmt.Fprintf(m.Stdout, "  %s\t%s\t%s\t%s\t%s\n", a.ID, a.Published, a.Language, a.Source, terminalText(a.Title)); err != nil {
				return err
			}
		}
	}
	return nil
}
