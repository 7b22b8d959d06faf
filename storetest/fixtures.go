package storetest

import (
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/storyline-news/storyline"
)

// The bodies below are written for this suite; the accented words make byte
// and code-point offsets differ, so a store that confuses them is caught.
const (
	bodyTreaty = "ZÜRICH (Reuters) - Négociateurs from both sides met on Tuesday.\n\n" +
		"Maren Olsvik, the trade envoy, said: \"We are close to a deal.\" " +
		"Olsvik added that the Harbour Council would vote next week. " +
		"The Harbour Council declined to comment, and Olsvik left early."
	bodyFollowUp = "The Harbour Council voted on Monday. Olsvik called the vote \"a fair result\"."
	bodyShort    = "A short notice with no names in it."
)

// span returns the code-point span of the n-th (0-based) occurrence of sub in body.
func span(t *testing.T, body, sub string, n int) storyline.Span {
	t.Helper()
	from := 0
	for {
		i := strings.Index(body[from:], sub)
		if i < 0 {
			t.Fatalf("fixture: %q occurs fewer than %d times", sub, n+1)
		}
		if n == 0 {
			start := utf8.RuneCountInString(body[:from+i])
			return storyline.Span{Start: start, End: start + utf8.RuneCountInString(sub)}
		}
		from += i + len(sub)
		n--
	}
}

// fullArticle sets every field an article has, so a round trip can lose nothing silently.
func fullArticle(t *testing.T, id string) *storyline.Article {
	at := time.Date(2026, 3, 17, 9, 30, 0, 0, time.FixedZone("CET", 3600))
	return &storyline.Article{
		ID:                  id,
		Origin:              storyline.Origin{Path: "dumps/treaty.txt", Part: 2, Record: "rec-7"},
		URL:                 "https://news.example/treaty",
		Source:              "news.example",
		Title:               "Envoy says trade deal is close",
		Byline:              "Ana Ruiz",
		Dateline:            &storyline.Dateline{Place: "Zürich", Agency: "Reuters", Date: "2026-03-17"},
		Published:           "2026-03-17",
		PublishedAt:         &at,
		PublishedConfidence: 0.9,
		PublishedEvidence:   "meta",
		Language:            "en",
		Body:                bodyTreaty,
		Story:               "s-000001",
		Entities: []storyline.ArticleEntity{
			{Name: "Maren Olsvik", Type: storyline.Person, Mentions: []storyline.Span{
				span(t, bodyTreaty, "Maren Olsvik", 0), span(t, bodyTreaty, "Olsvik", 1), span(t, bodyTreaty, "Olsvik", 2)}},
			{Name: "Harbour Council", Type: storyline.Org, Mentions: []storyline.Span{
				span(t, bodyTreaty, "Harbour Council", 0), span(t, bodyTreaty, "Harbour Council", 1)}},
			{Name: "Zürich", Type: storyline.Place, Mentions: []storyline.Span{span(t, bodyTreaty, "ZÜRICH", 0)}},
		},
		Quotes: []storyline.Quote{{Text: "We are close to a deal.", Speaker: "Maren Olsvik", Cue: "said",
			Kind: storyline.QuoteDirect, Start: span(t, bodyTreaty, "We are", 0).Start,
			End: span(t, bodyTreaty, "deal.", 0).End}},
		Dates: []storyline.DateMention{{Text: "Tuesday", Date: "2026-03-17",
			Start: span(t, bodyTreaty, "Tuesday", 0).Start, End: span(t, bodyTreaty, "Tuesday", 0).End}},
	}
}

// sparseArticle leaves everything unknown that may be unknown.
func sparseArticle(id, body string) *storyline.Article {
	return &storyline.Article{ID: id, Origin: storyline.Origin{Path: id}, Body: body}
}

// followUp is a second article on the same entities, with a different alias mix.
func followUp(t *testing.T, id string) *storyline.Article {
	a := sparseArticle(id, bodyFollowUp)
	a.Title = "Council votes"
	a.Entities = []storyline.ArticleEntity{
		{Name: "Harbour Council", Type: storyline.Org, Mentions: []storyline.Span{span(t, bodyFollowUp, "Harbour Council", 0)}},
		{Name: "Maren Olsvik", Type: storyline.Person, Mentions: []storyline.Span{span(t, bodyFollowUp, "Olsvik", 0)}},
	}
	return a
}

func page(id, hash string, articles ...*storyline.Article) *storyline.Commit {
	c := &storyline.Commit{Page: storyline.PageRecord{ID: id, Hash: hash, Format: storyline.FormatText,
		Path: id, IngestedAt: time.Date(2026, 3, 18, 0, 0, 0, 0, time.UTC)}, Articles: articles}
	for _, a := range articles {
		c.Page.Articles = append(c.Page.Articles, a.ID)
	}
	return c
}

func story(id string, articles ...string) *storyline.Story {
	return &storyline.Story{ID: id, Title: "Story " + id, Articles: articles,
		Sources: []string{"news.example"}, FirstPublished: "2026-03-17", LastPublished: "2026-03-18",
		Entities: []string{"Maren Olsvik", "Harbour Council"}}
}

func pageID(g, i int) string { return fmt.Sprintf("g%d/page-%03d.txt", g, i) }
