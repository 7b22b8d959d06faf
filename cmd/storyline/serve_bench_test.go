package main

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/sharedtest"
	"github.com/storyline-news/storyline/sqlite"
	"github.com/storyline-news/storyline/web"
)

// benchStore opens the store the serve benchmarks read: $STORYLINE_BENCH_DB
// when set (build it once with storyline ingest), else one built here from
// the seeds, the extraction dev pages and the events dev sets.
func benchStore(b *testing.B) *sqlite.DB {
	b.Helper()
	path := os.Getenv("STORYLINE_BENCH_DB")
	if path == "" {
		path = filepath.Join(b.TempDir(), "bench.db")
		runCLI(b, "ingest", "--quiet", "--db", path, sharedtest.Path(b, "seeds"),
			sharedtest.Path(b, "data/extraction/html"),
			sharedtest.Path(b, "data/events/basil-dev.jsonl"), sharedtest.Path(b, "data/events/ecbplus-dev.jsonl"))
	}
	db, err := sqlite.Open(context.Background(), path)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { db.Close() })
	n, _ := db.Count(context.Background())
	b.Logf("store %s: %d articles", path, n)
	return db
}

// benchTargets picks, from the store itself, the heaviest page of each kind:
// the biggest story, the longest article, the most mentioned entity, and a
// search for each of the most mentioned names.
func benchTargets(b *testing.B, db *sqlite.DB) (pages map[string]string, searches []string) {
	ctx := context.Background()
	var story *storyline.Story
	db.EachStory(ctx, func(s *storyline.Story) error {
		if story == nil || len(s.Articles) > len(story.Articles) {
			story = s
		}
		return nil
	})
	var article string
	longest := 0
	db.EachArticle(ctx, func(a *storyline.Article) error {
		if len(a.Body) > longest {
			article, longest = a.ID, len(a.Body)
		}
		return nil
	})
	var names []string
	db.EachEntity(ctx, func(e *storyline.Entity) error {
		if len(names) < 50 {
			names = append(names, e.Name)
		}
		return nil
	})
	if story == nil || len(names) == 0 {
		b.Skip("the store is empty")
	}
	pages = map[string]string{
		"home":    "/",
		"story":   "/stories/" + url.PathEscape(story.ID),
		"article": "/articles/" + url.PathEscape(article),
		"entity":  "/entities/" + url.PathEscape(names[0]),
		"search":  "/search?" + url.Values{"q": {names[0]}}.Encode(),
	}
	for _, n := range names {
		searches = append(searches, "/api/search?"+url.Values{"q": {n}}.Encode())
	}
	return pages, searches
}

// BenchmarkServePages renders each page kind from the store, in process.
func BenchmarkServePages(b *testing.B) {
	db := benchStore(b)
	srv, err := web.New(web.Options{Store: db})
	if err != nil {
		b.Fatal(err)
	}
	pages, _ := benchTargets(b, db)
	for _, kind := range []string{"home", "story", "article", "entity", "search"} {
		b.Run("page="+kind, func(b *testing.B) {
			cpu0 := cpuTime()
			for b.Loop() {
				rec := httptest.NewRecorder()
				srv.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, pages[kind], nil))
				if rec.Code != http.StatusOK {
					b.Fatalf("%s: status %d", pages[kind], rec.Code)
				}
			}
			// CPU time per page, beside the wall time: on a shared machine
			// the wall time measures the queue for a core as much as the page.
			b.ReportMetric(float64((cpuTime()-cpu0).Microseconds())/1000/float64(b.N), "cpu-ms/op")
		})
	}
}

// Load: loadClients concurrent clients send searches over loopback for
// loadDuration; the benchmark reports errors, p50, p99 and throughput.
const (
	loadClients  = 200
	loadDuration = 10 * time.Second
)

func BenchmarkServeSearchLoad(b *testing.B) {
	db := benchStore(b)
	srv, err := web.New(web.Options{Store: db})
	if err != nil {
		b.Fatal(err)
	}
	_, searches := benchTargets(b, db)
	ts := httptest.NewServer(srv)
	defer ts.Close()
	client := &http.Client{Timeout: 30 * time.Second,
		Transport: &http.Transport{MaxIdleConnsPerHost: loadClients, MaxConnsPerHost: loadClients}}
	for b.Loop() {
		var mu sync.Mutex
		var latencies []time.Duration
		var errs atomic.Int64
		var firstErr atomic.Value
		start := time.Now()
		deadline := start.Add(loadDuration)
		var wg sync.WaitGroup
		for c := range loadClients {
			wg.Add(1)
			go func() {
				defer wg.Done()
				var mine []time.Duration
				for i := c; time.Now().Before(deadline); i++ {
					t0 := time.Now()
					resp, err := client.Get(ts.URL + searches[i%len(searches)])
					if err == nil {
						_, err = io.Copy(io.Discard, resp.Body)
						resp.Body.Close()
						if err == nil && resp.StatusCode != http.StatusOK {
							err = fmt.Errorf("status %d", resp.StatusCode)
						}
					}
					if err != nil {
						errs.Add(1)
						firstErr.CompareAndSwap(nil, err)
						continue
					}
					mine = append(mine, time.Since(t0))
				}
				mu.Lock()
				latencies = append(latencies, mine...)
				mu.Unlock()
			}()
		}
		wg.Wait()
		elapsed := time.Since(start) // the searches in flight at the deadline finish too
		sort.Slice(latencies, func(i, j int) bool { return latencies[i] < latencies[j] })
		if len(latencies) == 0 {
			b.Fatalf("no search answered; first error: %v", firstErr.Load())
		}
		pct := func(p float64) float64 {
			return float64(latencies[int(p*float64(len(latencies)-1))].Microseconds()) / 1000
		}
		b.ReportMetric(float64(errs.Load()), "errors")
		b.ReportMetric(pct(0.50), "p50-ms")
		b.ReportMetric(pct(0.99), "p99-ms")
		b.ReportMetric(float64(len(latencies))/elapsed.Seconds(), "searches/s")
		if n := errs.Load(); n > 0 {
			b.Errorf("%d of %d searches failed; first: %v", n, int64(len(latencies))+n, firstErr.Load())
		}
	}
}
