package cluster

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/sharedtest"
)

// synth writes synthetic news: stories of a few articles each, every story
// with its own names and topic words over a Zipf-distributed background
// vocabulary, published a few stories a day.
type synth struct {
	rng   *rand.Rand
	zipf  *rand.Zipf
	vocab []string
	n     int
}

func newSynth(seed uint64) *synth {
	rng := rand.New(rand.NewPCG(seed, 7))
	g := &synth{rng: rng, zipf: rand.NewZipf(rng, 1.1, 2, 49999)}
	g.vocab = make([]string, 50000)
	for i := range g.vocab {
		g.vocab[i] = synthWord(i)
	}
	return g
}

func synthWord(i int) string {
	const letters = "bcdfghjklmnprstvwaeiou"
	var b strings.Builder
	for i > 0 || b.Len() < 3 {
		b.WriteByte(letters[i%len(letters)])
		i /= len(letters)
	}
	return b.String()
}

// article returns the next article: story k = n/4 has four articles.
func (g *synth) article() *storyline.Doc {
	story := g.n / 4
	local := rand.New(rand.NewPCG(uint64(story), 11)) // the story's own words
	topic := make([]string, 12)
	for i := range topic {
		topic[i] = g.vocab[local.IntN(len(g.vocab))]
	}
	names := []string{"Name" + synthWord(story*3), "Place" + synthWord(story*3+1)}
	var body strings.Builder
	for i := range 300 {
		switch {
		case i%12 == 0:
			body.WriteString(". " + names[g.rng.IntN(2)])
		case i%5 == 0:
			body.WriteString(" " + topic[g.rng.IntN(len(topic))])
		default:
			body.WriteString(" " + g.vocab[g.zipf.Uint64()])
		}
	}
	day := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, story/50)
	a := &storyline.Article{
		ID:        fmt.Sprintf("synth-%07d", g.n),
		Title:     strings.Join(topic[:3], " ") + " " + names[0],
		Body:      body.String(),
		Published: day.Format("2006-01-02"),
		Source:    fmt.Sprintf("site%d.example", g.n%4),
	}
	g.n++
	return &storyline.Doc{Article: a}
}

// BenchmarkAssign measures clustering speed as the store grows: each size
// first fills the clusterer with that many articles, then times Assign on
// more of them, one at a time as ingest gives them.
func BenchmarkAssign(b *testing.B) {
	for _, size := range benchSizes {
		b.Run(fmt.Sprintf("size=%d", size), func(b *testing.B) {
			ctx := context.Background()
			g := newSynth(1)
			c := New(DefaultOptions())
			fill := make([]*storyline.Doc, size)
			for i := range fill {
				fill[i] = g.article()
			}
			if _, err := c.Assign(ctx, fill); err != nil {
				b.Fatal(err)
			}
			docs := make([]*storyline.Doc, b.N)
			for i := range docs {
				docs[i] = g.article()
			}
			b.ResetTimer()
			cpu0 := cpuTime()
			for i := range docs {
				if _, err := c.Assign(ctx, docs[i:i+1]); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
			// Per CPU-second of the whole process (garbage collection
			// included): the speed on one core whatever else the machine runs.
			b.ReportMetric(float64(b.N)/(cpuTime()-cpu0).Seconds(), "articles/cpu-s")
		})
	}
}

func TestTopHits(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for n := range 200 {
		hs := make([]hit, n)
		for i := range hs {
			hs[i] = hit{&story{seq: i}, float64(rng.IntN(20))}
		}
		want := append([]hit(nil), hs...)
		sortHits(want)
		got := topHits(append([]hit(nil), hs...), 10)
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("n=%d: hit %d = %+v, want %+v", n, i, got[i], want[i])
			}
		}
		if len(got) != min(n, 10) {
			t.Fatalf("n=%d: %d hits", n, len(got))
		}
	}
}

func sortHits(hs []hit) {
	for i := 1; i < len(hs); i++ {
		for j := i; j > 0 && hs[j].before(hs[j-1]); j-- {
			hs[j], hs[j-1] = hs[j-1], hs[j]
		}
	}
}

var benchSizes = []int{1000, 10000, 100000}

// cpuTime is the CPU time the process has used, user and system.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkAssignDev assigns the text dev dumps (title: the first line,
// body: the rest) one at a time to a fresh Clusterer, as a one-core ingest
// of them does: the features, the vocabulary and the background of real
// pages rather than synthetic ones. Skipped without ../shared.
func BenchmarkAssignDev(b *testing.B) {
	texts := sharedtest.Texts(b, "data/extraction/text", "*.txt", 0)
	if len(texts) == 0 {
		b.Skip("no text dev dumps")
	}
	docs := make([]*storyline.Doc, len(texts))
	for i, t := range texts {
		title, body, _ := strings.Cut(t, "\n")
		docs[i] = &storyline.Doc{Article: &storyline.Article{ID: fmt.Sprintf("dev-%04d", i), Title: title, Body: body, Language: "en"}}
	}
	ctx := context.Background()
	for b.Loop() {
		c := New(DefaultOptions())
		for i := range docs {
			docs[i].Article.Story, docs[i].Article.DuplicateOf = "", ""
			if _, err := c.Assign(ctx, docs[i:i+1]); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.N*len(docs))/b.Elapsed().Seconds(), "articles/s")
}
