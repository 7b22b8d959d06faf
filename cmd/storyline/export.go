package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"github.com/storyline-news/storyline"
)

const exportAbout = `Write the store's contents to stdout as JSON Lines, one object per line:

  articles  every article with its body, dates, entities, quotes, story
  stories   every story: id, title, articles, sources, first/last published,
            entities (most central first), storyline, and the comparison
            of its sources (quotes, figures, single-source items) and its
            timeline
  entities  every entity once: canonical name, type, aliases with counts
  quotes    every quote, one per line, with its article, source and date;
            --speaker NAME keeps those of one person or organisation, named
            by its canonical name or an alias only it has ("Rutte" =
            "Mark Rutte"); an alias of several is refused with the list

The article and story forms are the export contract (CONTRACT.md).`

func (m *Main) runExport(ctx context.Context, args []string) error {
	fs := m.flags("export", "[--db PATH] articles|stories|entities|quotes", exportAbout)
	db := fs.String("db", "", dbFlagUsage)
	speaker := fs.String("speaker", "", "with quotes: only the quotes of this person or organisation (canonical name or alias)")
	if err := m.parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usageError("export needs exactly one of: articles, stories, entities, quotes")
	}
	write, ok := exporters[fs.Arg(0)]
	if !ok {
		return usageError("cannot export %q: want articles, stories, entities or quotes", fs.Arg(0))
	}
	if *speaker != "" && fs.Arg(0) != "quotes" {
		return usageError("--speaker goes with export quotes only")
	}
	store, err := m.openReader(ctx, m.dbPath(*db))
	if err != nil {
		return err
	}
	defer store.Close()
	if *speaker != "" {
		names, err := speakersNamed(ctx, store, *speaker)
		if err != nil {
			return err
		}
		write = func(ctx context.Context, r storyline.ArticleReader, enc *json.Encoder) error {
			return writeQuotes(ctx, r, enc, func(q storyline.Quote) bool { return names[q.Speaker] })
		}
	}
	w := bufio.NewWriterSize(m.Stdout, 1<<16)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	if err := write(ctx, store, enc); err != nil {
		return err
	}
	return w.Flush()
}

var exporters = map[string]func(context.Context, storyline.ArticleReader, *json.Encoder) error{
	"articles": exportArticles,
	"stories":  exportStories,
	"entities": exportEntities,
	"quotes":   exportQuotes,
}

func exportArticles(ctx context.Context, r storyline.ArticleReader, enc *json.Encoder) error {
	return r.EachArticle(ctx, func(a *storyline.Article) error { return enc.Encode(a) })
}

// exportStories writes every story with its comparison and timeline, derived
// from the story's articles as they are stored now.
func exportStories(ctx context.Context, r storyline.ArticleReader, enc *json.Encoder) error {
	var stories []*storyline.Story
	if err := r.EachStory(ctx, func(s *storyline.Story) error {
		stories = append(stories, s)
		return nil
	}); err != nil {
		return err
	}
	for _, s := range stories {
		if err := compareStory(ctx, r, s); err != nil {
			return err
		}
		if err := enc.Encode(s); err != nil {
			return err
		}
	}
	return nil
}

func exportEntities(ctx context.Context, r storyline.ArticleReader, enc *json.Encoder) error {
	return r.EachEntity(ctx, func(e *storyline.Entity) error {
		return enc.Encode(struct {
			Name     string               `json:"name"`
			Type     storyline.EntityType `json:"type"`
			Aliases  []storyline.Alias    `json:"aliases"`
			Mentions int                  `json:"mentions"`
			Articles int                  `json:"articles"`
		}{e.Name, e.Type, e.SortedAliases(), e.Mentions, e.Articles})
	})
}

func exportQuotes(ctx context.Context, r storyline.ArticleReader, enc *json.Encoder) error {
	return writeQuotes(ctx, r, enc, func(storyline.Quote) bool { return true })
}

// entityLister is the part of a store speakersNamed reads.
type entityLister interface {
	EachEntity(ctx context.Context, fn func(*storyline.Entity) error) error
}

// speakersNamed is the canonical name of the person or organisation called
// name, case aside: the one whose canonical name it is, else the one that
// has it as an alias. An alias of several ("Clinton") is refused with the
// list to choose from.
func speakersNamed(ctx context.Context, r entityLister, name string) (map[string]bool, error) {
	var exact string
	var byAlias []string
	err := r.EachEntity(ctx, func(e *storyline.Entity) error {
		if e.Type != storyline.Person && e.Type != storyline.Org {
			return nil
		}
		if strings.EqualFold(e.Name, name) {
			exact = e.Name
		}
		for alias := range e.Aliases {
			if strings.EqualFold(alias, name) {
				byAlias = append(byAlias, e.Name)
				break
			}
		}
		return nil
	})
	switch {
	case err != nil:
		return nil, err
	case exact != "":
		return map[string]bool{exact: true}, nil
	case len(byAlias) == 1:
		return map[string]bool{byAlias[0]: true}, nil
	case len(byAlias) > 1:
		sort.Strings(byAlias)
		return nil, fmt.Errorf("export quotes: %q names %d speakers, give one of: %s", name, len(byAlias), strings.Join(byAlias, "; "))
	}
	return nil, fmt.Errorf("export quotes: no person or organisation in the store is named %q", name)
}

// writeQuotes writes one line per quote that keep accepts.
func writeQuotes(ctx context.Context, r storyline.ArticleReader, enc *json.Encoder, keep func(storyline.Quote) bool) error {
	return r.EachArticle(ctx, func(a *storyline.Article) error {
		for _, q := range a.Quotes {
			if !keep(q) {
				continue
			}
			if err := enc.Encode(storyline.QuoteRecord{Article: a.ID, Source: a.Source, Published: a.Published, Quote: q}); err != nil {
				return err
			}
		}
		return nil
	})
}
