package main

import (
	"context"
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/storyline-news/storyline"
)

const storiesAbout = `Print the stories in the store for people to read: each story's title, dates,
sources and articles (in date order, each with its source), biggest stories
first. "storyline story ID" shows one story's sources side by side. For
machines, use "storyline export stories".`

func (m *Main) runStories(ctx context.Context, args []string) error {
	fs := m.flags("stories", "[--db PATH] [--limit N]", storiesAbout)
	db := fs.String("db", "", dbFlagUsage)
	limit := fs.Int("limit", 50, "print at most this many stories (0: all)")
	if err := m.parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 0 {
		shortUsage(fs)
		return usageError("stories takes no arguments (storyline story ID shows one story)")
	}
	if *limit < 0 {
		shortUsage(fs)
		return usageError("--limit %d: a count of stories is 0 (all) or more", *limit)
	}
	store, err := m.openReader(ctx, m.dbPath(*db))
	if err != nil {
		return err
	}
	defer store.Close()
	var stories []*storyline.Story
	if err := store.EachStory(ctx, func(s *storyline.Story) error {
		stories = append(stories, s)
		return nil
	}); err != nil {
		return err
	}
	sortStoriesBySize(stories)
	if *limit > 0 && len(stories) > *limit {
		stories = stories[:*limit]
	}
	if len(stories) == 0 {
		fmt.Fprintln(m.Stdout, "no stories yet: run storyline ingest first")
	}
	for _, s := range stories {
		if err := printStory(ctx, m.Stdout, store, s); err != nil {
			return err
		}
	}
	return nil
}

// sortStoriesBySize puts the biggest stories first; stable on the store's id
// order, so equal-sized stories keep a fixed order.
func sortStoriesBySize(stories []*storyline.Story) {
	sort.SliceStable(stories, func(i, j int) bool { return len(stories[i].Articles) > len(stories[j].Articles) })
}

func printStory(ctx context.Context, w io.Writer, r storyline.ArticleReader, s *storyline.Story) error {
	articles, err := loadArticles(ctx, r, s)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "%s  %s\n", terminalText(s.ID), terminalText(storyHeading(s, articles)))
	fmt.Fprintf(w, "    %s · %s · sources: %s\n", plural(len(s.Articles), "article"), orDash(datesOf(s)), orDash(terminalText(strings.Join(s.Sources, ", "))))
	if ww := whoWhere(s.Entities, articles); len(ww) > 0 {
		fmt.Fprintf(w, "    who/where: %s\n", terminalText(strings.Join(ww, ", ")))
	}
	width := 0 // the sources' column: as wide as the story's longest source
	for _, a := range articles {
		width = max(width, utf8.RuneCountInString(orDash(terminalText(a.Source))))
	}
	for _, a := range articles { // in date order
		note := ""
		if a.DuplicateOf != "" {
			note = "  (copy of " + terminalText(a.DuplicateOf) + ")"
		}
		fmt.Fprintf(w, "    - %s  %-*s  %s%s\n", orDash(a.Published), width, orDash(terminalText(a.Source)), terminalText(articleHeading(a)), note)
	}
	fmt.Fprintln(w)
	return nil
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// storyHeading is the story's title or, when none of its articles had a
// headline, the opening of its first article, so a person can tell stories apart.
func storyHeading(s *storyline.Story, articles []*storyline.Article) string {
	var first *storyline.Article
	if len(articles) > 0 {
		first = articles[0]
	}
	return orDash(s.Heading(first))
}

func articleHeading(a *storyline.Article) string { return orDash(a.Heading()) }

// whoWhereSize is how many of a story's entities its listing names.
const whoWhereSize = 6

// whoWhere is the story's most central people, organisations and places:
// its entities (most central first) less those its articles type MISC only
// ("American", "Democratic", "Obamacare"), which are neither who nor where.
func whoWhere(entities []string, articles []*storyline.Article) []string {
	typed := map[string]bool{} // typed other than MISC somewhere
	for _, a := range articles {
		for _, e := range a.Entities {
			if e.Type != storyline.Misc {
				typed[e.Name] = true
			}
		}
	}
	var out []string
	for _, name := range entities {
		if typed[name] && len(out) < whoWhereSize {
			out = append(out, name)
		}
	}
	return out
}
