package queue

import (
	"context"
	"fmt"
	"net/http"
	"sync/atomic"
	"time"
)

// Metrics counts what a worker process did, for /metrics.
type Metrics struct {
	processed atomic.Int64 // pages processed by this process's workers
	failures  atomic.Int64 // deliveries that failed here
	dead      atomic.Int64 // messages filed as dead letters here
	applied   atomic.Int64 // pages committed by this process as sequencer
	leader    atomic.Int64 // 1 while this process is the sequencer

	// Lag, when set, reports the messages not yet processed and the results
	// not yet applied.
	Lag func(ctx context.Context) (pending uint64, backlog int, err error)
}

// lagTimeout bounds the look at the queue a scrape makes.
const lagTimeout = 2 * time.Second

// ServeHTTP writes the metrics in the Prometheus text format.
func (m *Metrics) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain; version=0.0.4")
	counter := func(name, help string, v int64) {
		fmt.Fprintf(w, "# HELP %s %s\n# TYPE %s counter\n%s %d\n", name, help, name, name, v)
	}
	gauge := func(name, help string, v int64) {
		fmt.Fprintf(w, "# HELP %s %s\n# TYPE %s gauge\n%s %d\n", name, help, name, name, v)
	}
	counter("storyline_pages_processed_total", "Pages this process ran the stages over.", m.processed.Load())
	counter("storyline_page_failures_total", "Deliveries that failed in this process and will be retried.", m.failures.Load())
	counter("storyline_dead_letters_total", "Messages this process filed as dead letters.", m.dead.Load())
	counter("storyline_pages_applied_total", "Pages this process committed as the sequencer.", m.applied.Load())
	gauge("storyline_sequencer_leader", "1 while this process is the sequencer.", m.leader.Load())
	if m.Lag == nil {
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), lagTimeout)
	defer cancel()
	pending, backlog, err := m.Lag(ctx)
	if err != nil {
		fmt.Fprintf(w, "# lag unavailable: %v\n", err)
		return
	}
	gauge("storyline_queue_pending", "Messages in the stream not yet processed by a worker.", int64(pending))
	gauge("storyline_queue_backlog", "Processed pages waiting for the sequencer.", int64(backlog))
}
