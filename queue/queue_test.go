package queue_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/pipeline"
	"github.com/storyline-news/storyline/postgres"
	"github.com/storyline-news/storyline/postgres/pgtest"
	"github.com/storyline-news/storyline/queue"
	"github.com/storyline-news/storyline/queue/natstest"
)

// poisonProcessor makes one article of every page, and panics on pages
// whose text says "poison", on every delivery.
type poisonProcessor struct{}

func (poisonProcessor) Process(_ context.Context, p *storyline.Page) pipeline.Result {
	if strings.Contains(p.Text, "poison") {
		panic("poisoned page " + p.ID)
	}
	a := &storyline.Article{ID: p.ID, Body: p.Text}
	return pipeline.Result{Page: p, Docs: []*storyline.Doc{{Article: a, Page: p}}}
}

// recorder is an applier that commits each page and records the order.
type recorder struct {
	store storyline.Store
	mu    *sync.Mutex
	order *[]string
}

func (r recorder) Apply(ctx context.Context, res pipeline.Result) error {
	r.mu.Lock()
	*r.order = append(*r.order, res.Page.ID)
	r.mu.Unlock()
	c := &storyline.Commit{Page: storyline.PageRecord{ID: res.Page.ID, Hash: "h"}}
	for _, d := range res.Docs {
		c.Articles = append(c.Articles, d.Article)
	}
	return r.store.Commit(ctx, c)
}

func (r recorder) Flush(context.Context) error { return nil }

func (r recorder) EndBatch(context.Context) error {
	r.mu.Lock()
	*r.order = append(*r.order, "END")
	r.mu.Unlock()
	return nil
}

func testConn(t *testing.T) *queue.Conn {
	t.Helper()
	url, name := natstest.Stream(t)
	c, err := queue.Dial(context.Background(), url, name)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

// TestDeadLetterInOrder: a page that fails on every delivery is filed as a
// dead letter after MaxFailures deliveries, and the others are applied in
// the order they were published, the batch mark last.
func TestDeadLetterInOrder(t *testing.T) {
	c := testConn(t)
	db := testStore(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	var want []string
	for i := range 6 {
		p := &storyline.Page{ID: fmt.Sprintf("p%d.txt", i), Format: storyline.FormatText, Text: fmt.Sprintf("page %d", i)}
		if i == 2 {
			p.Text = "poison"
		} else {
			want = append(want, p.ID)
		}
		if _, _, err := c.PublishPage(ctx, p, fmt.Sprint(i)); err != nil {
			t.Fatal(err)
		}
	}
	end, err := c.PublishEnd(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want = append(want, "END")

	order := runRecorded(ctx, t, c, db, end, 3)
	if !slices.Equal(order, want) {
		t.Errorf("applied %v, want %v", order, want)
	}
	var page string
	var deliveries int
	if err := db.Pool().QueryRow(ctx, `SELECT page_id, deliveries FROM queue_dead`).Scan(&page, &deliveries); err != nil {
		t.Fatalf("dead letter: %v", err)
	}
	if page != "p2.txt" || deliveries != 3 {
		t.Errorf("dead letter %s after %d deliveries, want p2.txt after 3", page, deliveries)
	}
	if n, _ := db.Count(ctx); n != len(want)-1 {
		t.Errorf("%d articles stored, want %d", n, len(want)-1)
	}
}

// testStore is a store of the test's own schema.
func testStore(t *testing.T) *postgres.DB {
	t.Helper()
	db, err := postgres.Open(context.Background(), pgtest.URL(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// runRecorded runs a worker (poisonProcessor, parallel pages at once,
// two failures allowed) and a sequencer (recorder) until the store has
// applied the stream up to end, and returns the order they applied.
func runRecorded(ctx context.Context, t *testing.T, c *queue.Conn, db *postgres.DB, end uint64, parallel int) []string {
	t.Helper()
	var mu sync.Mutex
	var order []string
	met := &queue.Metrics{}
	runCtx, stop := context.WithCancel(ctx)
	var wg sync.WaitGroup
	w := &queue.Worker{Conn: c, Ledger: db, Processor: poisonProcessor{}, Parallel: parallel, MaxFailures: 2, AckWait: 5 * time.Second, Metrics: met}
	s := &queue.Sequencer{Conn: c, Store: db, Ledger: db, Metrics: met,
		NewApplier: func(_ context.Context, st storyline.Store) (queue.Applier, error) {
			return recorder{store: st, mu: &mu, order: &order}, nil
		}}
	wg.Go(func() { w.Run(runCtx) })
	wg.Go(func() { s.Run(runCtx) })
	waitApplied(ctx, t, db, c, end)
	stop()
	wg.Wait()
	return order
}

// waitApplied waits until the store has applied the stream up to end.
func waitApplied(ctx context.Context, t *testing.T, db *postgres.DB, c *queue.Conn, end uint64) {
	t.Helper()
	for {
		applied, err := db.Applied(ctx, c.Key())
		if err != nil {
			t.Fatal(err)
		}
		if applied >= int64(end) {
			return
		}
		if ctx.Err() != nil {
			t.Fatalf("not drained: applied %d of %d", applied, end)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// TestDialConcurrently: workers started together all open the stream one of
// them creates. The server may refuse the losers of the race with "subjects
// overlap" rather than "name already in use"; either way they open the
// winner's stream.
func TestDialConcurrently(t *testing.T) {
	url, name := natstest.Stream(t)
	const n = 8
	keys := make([]string, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c, err := queue.Dial(context.Background(), url, name)
			if err != nil {
				errs[i] = err
				return
			}
			keys[i] = c.Key()
			c.Close()
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("dial %d: %v", i, err)
		}
	}
	for i := range keys {
		if keys[i] != keys[0] {
			t.Errorf("dial %d opened %s, dial 0 %s", i, keys[i], keys[0])
		}
	}
}

// TestLargePage: a page whose JSON is past the server's message size
// travels gzipped, and the worker reads it whole.
func TestLargePage(t *testing.T) {
	c := testConn(t)
	db := testStore(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	var text strings.Builder
	for i := 0; text.Len() < 3<<20; i++ {
		fmt.Fprintf(&text, "Sentence %d of a long page about the harbour. ", i%5000)
	}
	p := &storyline.Page{ID: "large.txt", Format: storyline.FormatText, Text: text.String()}
	if _, _, err := c.PublishPage(ctx, p, "h"); err != nil {
		t.Fatalf("publish a page of %d bytes: %v", len(p.Text), err)
	}
	end, err := c.PublishEnd(ctx)
	if err != nil {
		t.Fatal(err)
	}
	runRecorded(ctx, t, c, db, end, 1)
	a, err := db.Article(ctx, "large.txt")
	if err != nil {
		t.Fatalf("the large page's article: %v", err)
	}
	if a.Body != p.Text {
		t.Errorf("the article's body is %d bytes, want the page's %d", len(a.Body), len(p.Text))
	}
}

// TestWorkersOfAnotherStore: workers for a second store on a stream that
// workers of a first store work are refused, with a message, rather than
// sharing the pages out between the two stores; workers for the same
// store join.
func TestWorkersOfAnotherStore(t *testing.T) {
	c := testConn(t)
	db := testStore(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	runCtx, stop := context.WithCancel(ctx)
	var wg sync.WaitGroup
	first := &queue.Worker{Conn: c, Store: "storea", Ledger: db, Processor: poisonProcessor{}, Parallel: 1}
	wg.Go(func() { first.Run(runCtx) })
	defer func() { stop(); wg.Wait() }()
	// the first worker's consumer exists once a second of the same store
	// runs without error until stopped
	same := &queue.Worker{Conn: c, Store: "storea", Ledger: db, Processor: poisonProcessor{}, Parallel: 1}
	sameCtx, sameStop := context.WithTimeout(ctx, 3*time.Second)
	defer sameStop()
	if err := same.Run(sameCtx); err != nil {
		t.Errorf("a second worker of the same store: %v", err)
	}
	other := &queue.Worker{Conn: c, Store: "storeb", Ledger: db, Processor: poisonProcessor{}, Parallel: 1}
	err := other.Run(ctx)
	if storyline.ErrorCode(err) != storyline.ECONFLICT || !strings.Contains(err.Error(), "another store") {
		t.Errorf("a worker of another store: %v, want a conflict naming another store", err)
	}
}
