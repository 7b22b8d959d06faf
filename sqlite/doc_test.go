package sqlite

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/storetest"
)

// TestDocsAreMarshal checks that the documents Commit and Relink store,
// written by calling MarshalJSON as it is, are what json.Marshal writes:
// text that json.Marshal would escape (<, >, &, U+2028, bytes that are not
// UTF-8) and every optional part of an article and a story.
func TestDocsAreMarshal(t *testing.T) {
	odd := "a <b> & \"c\" \u2028 \u2029 \xff\xfe tab\t nul\x00 é 🙂"
	at := time.Date(2026, 3, 17, 9, 30, 0, 0, time.FixedZone("", 3600))
	full := &storyline.Article{
		ID: "p#1", URL: "https://x.example/?a=1&b=<2>", Source: odd, Publisher: odd, Title: odd, Byline: odd,
		Published: "2026-03-17", PublishedAt: &at, PublishedConfidence: 0.75, PublishedEvidence: odd,
		Language: "en", Stages: []string{"ner", odd}, Body: odd, DuplicateOf: odd, Story: odd,
		Dateline: &storyline.Dateline{Place: odd, Agency: odd, Date: "2026-03-17"},
		Entities: []storyline.ArticleEntity{{Name: odd, Type: storyline.Person, Mentions: []storyline.Span{{Start: 1, End: 2}}}, {Name: "x"}},
		Dates:    []storyline.DateMention{{Text: odd, Date: "2026-03"}},
		Problems: []string{odd},
		Quotes:   []storyline.Quote{{Text: odd, Speaker: odd, Cue: odd, Kind: storyline.QuoteDirect, Start: 3, End: 9}},
	}
	rng := rand.New(rand.NewPCG(1, 2))
	articles := []*storyline.Article{full, {ID: "empty"}, storetest.BenchArticle(rng, "bench")}
	for _, a := range articles {
		got, err := articleDoc(a)
		if err != nil {
			t.Fatal(err)
		}
		cp := *a
		cp.Body = ""
		want, err := json.Marshal(&cp)
		if err != nil {
			t.Fatal(err)
		}
		if got != string(want) {
			t.Errorf("article %s: doc\n%s\nwant\n%s", a.ID, got, want)
		}
	}
	stories := []*storyline.Story{{ID: "empty"}, {ID: odd, Title: odd, Articles: []string{odd}, Sources: []string{odd},
		FirstPublished: "2026-03-17", LastPublished: "2026-03-18", Entities: []string{odd}, Storyline: odd}}
	for _, s := range stories {
		got, err := s.MarshalJSON()
		if err != nil {
			t.Fatal(err)
		}
		want, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("story %s: MarshalJSON\n%s\njson.Marshal\n%s", s.ID, got, want)
		}
	}
}
