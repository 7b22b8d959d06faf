package storetest

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/storyline-news/storyline"
)

// BenchArticle builds an article of about 3 KB with a handful of entities,
// the shape of a typical news article after cleaning.
func BenchArticle(rng *rand.Rand, id string) *storyline.Article {
	names := []struct {
		name string
		typ  storyline.EntityType
	}{{"Maren Olsvik", storyline.Person}, {"Harbour Council", storyline.Org},
		{"Ålesund", storyline.Place}, {"Northern Ferry Line", storyline.Org}, {"Tomas Berg", storyline.Person}}
	words := strings.Fields("the council said on Tuesday that talks over the ferry budget would resume " +
		"after crews and officials failed to agree on pay while passengers waited at the quay for news")
	var b strings.Builder
	ents := make([]storyline.ArticleEntity, len(names))
	for i, n := range names {
		ents[i] = storyline.ArticleEntity{Name: n.name, Type: n.typ}
	}
	for b.Len() < 3000 {
		if b.Len() > 0 && rng.IntN(8) == 0 {
			b.WriteString("\n\n")
		}
		if rng.IntN(3) == 0 {
			k := rng.IntN(len(names))
			start := utf8.RuneCountInString(b.String())
			b.WriteString(names[k].name)
			ents[k].Mentions = append(ents[k].Mentions, storyline.Span{Start: start, End: start + utf8.RuneCountInString(names[k].name)})
			b.WriteByte(' ')
		}
		for range 6 + rng.IntN(10) {
			b.WriteString(words[rng.IntN(len(words))])
			b.WriteByte(' ')
		}
		b.WriteString("end. ")
	}
	return &storyline.Article{ID: id, Title: "Ferry talks resume " + id, Published: "2026-03-17",
		Language: "en", Source: "news.example", Body: b.String(), Entities: ents,
		Quotes: []storyline.Quote{{Text: "talks would resume", Speaker: "Maren Olsvik", Cue: "said", Kind: storyline.QuoteDirect}}}
}

// BenchCommit measures committed articles per second, one commit per
// page; with stories=4 each page also writes the story it joins, four pages
// to a story, as an ingest does; with batch=N, N pages go to one Commit, as
// the engine groups them. open returns an empty store, closed by the
// benchmark's cleanup.
func BenchCommit(b *testing.B, open func(b *testing.B) storyline.Store) {
	for _, bc := range []struct{ perPage, perStory, batch int }{{1, 0, 1}, {10, 0, 1}, {1, 4, 1}, {1, 4, 16}} {
		perPage := bc.perPage
		name := fmt.Sprintf("articles=%d", perPage)
		if bc.perStory > 0 {
			name += fmt.Sprintf("/stories=%d", bc.perStory)
		}
		if bc.batch > 1 {
			name += fmt.Sprintf("/batch=%d", bc.batch)
		}
		b.Run(name, func(b *testing.B) {
			ctx := context.Background()
			db := open(b)
			rng := rand.New(rand.NewPCG(1, 2))
			pool := make([]*storyline.Article, 64)
			for i := range pool {
				pool[i] = BenchArticle(rng, "tmpl")
			}
			var batch []*storyline.Commit
			for i := 0; b.Loop(); i++ {
				c := &storyline.Commit{Page: storyline.PageRecord{ID: fmt.Sprintf("page-%d", i), Hash: "h"}}
				for j := range perPage {
					a := *pool[(i*perPage+j)%len(pool)]
					a.ID = fmt.Sprintf("page-%d#%d", i, j+1)
					c.Articles = append(c.Articles, &a)
				}
				if bc.perStory > 0 {
					first := i - i%bc.perStory
					st := &storyline.Story{ID: fmt.Sprintf("story-%d", first/bc.perStory), Title: "Ferry talks"}
					for k := first; k <= i; k++ {
						st.Articles = append(st.Articles, fmt.Sprintf("page-%d#1", k))
					}
					for _, a := range c.Articles {
						a.Story = st.ID
					}
					c.Stories = []*storyline.Story{st}
				}
				if batch = append(batch, c); len(batch) < bc.batch {
					continue
				}
				if err := db.Commit(ctx, batch...); err != nil {
					b.Fatal(err)
				}
				batch = batch[:0]
			}
			if err := db.Commit(ctx, batch...); err != nil {
				b.Fatal(err)
			}
			b.ReportMetric(float64(b.N*perPage)/b.Elapsed().Seconds(), "articles/s")
		})
	}
}
