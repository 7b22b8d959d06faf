package main

import (
	"bufio"
	"context"
	"encoding/json"
	"strings"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/web"
)

const searchAbout = `Search the articles' titles and bodies and write the hits as JSON Lines, best
first: {"article", "title", "source", "published", "story", "snippet"}, the
objects of GET /api/search (snippet is HTML-escaped with hits in <mark>).

QUERY: words (every one must occur), "quoted phrases", prefix* words.
Without QUERY the filters alone select, newest first.`

func (m *Main) runSearch(ctx context.Context, args []string) error {
	fs := m.flags("search", "[--db PATH] [--entity NAME] [--source OUTLET] [--from DATE] [--to DATE] [--limit N] QUERY", searchAbout)
	db := fs.String("db", "", dbFlagUsage)
	var q storyline.Query
	fs.StringVar(&q.Entity, "entity", "", "only articles naming this entity (canonical name)")
	fs.StringVar(&q.Source, "source", "", "only articles of this outlet")
	fs.StringVar(&q.From, "from", "", "published on or after (YYYY, YYYY-MM or YYYY-MM-DD)")
	fs.StringVar(&q.To, "to", "", "published on or before (YYYY, YYYY-MM or YYYY-MM-DD)")
	fs.IntVar(&q.Limit, "limit", storyline.DefaultLimit, "at most this many hits (up to 500)")
	if err := m.parseFlags(fs, args); err != nil {
		return err
	}
	q.Text = strings.Join(fs.Args(), " ")
	if q.Limit < 1 || q.Limit > storyline.MaxLimit {
		return usageError("--limit %d: want 1 to %d", q.Limit, storyline.MaxLimit)
	}
	store, err := m.openReader(ctx, m.dbPath(*db))
	if err != nil {
		return err
	}
	defer store.Close()
	res, err := store.Search(ctx, q)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(m.Stdout)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, h := range res.Hits {
		if err := enc.Encode(web.NewHit(h)); err != nil {
			return err
		}
	}
	return w.Flush()
}
