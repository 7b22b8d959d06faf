package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"runtime"
	"sync"
	"time"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/postgres"
	"github.com/storyline-news/storyline/queue"
)

const workerAbout = `Process queued pages until SIGTERM or SIGINT: pull pages from the JetStream
stream, run the parallel stages on them, and hand the results to the one
sequencer (any worker may be it, one at a time) that links names, finds
duplicates and stories and commits in stream order. The record is the same
whatever the number of workers and whichever of them die.

On SIGTERM or SIGINT the pages in hand are finished and acknowledged; the
rest stay on the stream for the other workers. A stop by signal, even during
start-up, is the worker's normal end: it exits 0. A page that fails on every
delivery is filed as a dead letter (table queue_dead) and passed over.
/metrics (at --metrics) counts pages processed, failures, dead letters and
the queue's lag.`

// metricsShutdown bounds the metrics server's goodbye.
const metricsShutdown = 2 * time.Second

func (m *Main) runWorker(ctx context.Context, args []string) (err error) {
	defer func() {
		// SIGTERM and SIGINT are how a worker is meant to stop, at any
		// moment, start-up included: what it held unacknowledged goes to
		// another worker, so a stop is a clean end (exit 0), not an
		// interrupted run.
		if ctx.Err() != nil && errors.Is(err, context.Canceled) {
			err = nil
		}
	}()
	fs := m.flags("worker", "--queue nats://HOST:PORT [--stream NAME] --db postgres://… [--workers N] [--metrics ADDR]", workerAbout)
	url := fs.String("queue", "", "the NATS server with JetStream (nats://HOST:PORT)")
	stream := fs.String("stream", queue.DefaultStream, "the JetStream stream")
	db := fs.String("db", "", "the PostgreSQL store, postgres://… (default $STORYLINE_DB)")
	parallel := new(int)
	positiveVar(fs, parallel, "workers", runtime.GOMAXPROCS(0), "process `N` pages at once in this process")
	metrics := fs.String("metrics", "127.0.0.1:0", "address of the /metrics listener (empty: none)")
	maxFailures := fs.Int("max-failures", queue.DefaultMaxFailures, "deliveries a page gets before it is a dead letter")
	role := fs.String("role", "all", "all: process pages and take turns as the sequencer; process: only process; sequence: only sequence")
	ackWait := fs.Duration("ack-wait", queue.DefaultAckWait, "how long a page may be in hand before it goes to another worker")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of this worker, until it stops, to this file (go tool pprof reads it)")
	if err := m.parseFlags(fs, args); err != nil {
		return err
	}
	if *url == "" || fs.NArg() > 0 {
		fs.Usage()
		return usageError("worker needs --queue nats://HOST:PORT and no arguments")
	}
	if *role != "all" && *role != "process" && *role != "sequence" {
		return usageError("--role is all, process or sequence, not %q", *role)
	}
	stop, err := startCPUProfile(*cpuProfile)
	if err != nil {
		return err
	}
	defer stop()
	pg, c, err := m.openQueue(ctx, *url, *stream, m.dbPath(*db))
	if err != nil {
		return err
	}
	defer closeInto(&err, pg)
	defer c.Close()
	p, err := m.newPipeline(1, nil)
	if err != nil {
		return err
	}
	log := m.Logger.With("stream", *stream)
	met := &queue.Metrics{Lag: func(ctx context.Context) (uint64, int, error) {
		pending, err := c.Pending(ctx)
		if err != nil {
			return 0, 0, err
		}
		backlog, err := pg.Backlog(ctx, c.Key())
		return pending, backlog, err
	}}
	stopMetrics, err := serveMetrics(*metrics, met, func(url string) {
		fmt.Fprintf(m.Stderr, "storyline worker: metrics at %s\n", url)
	})
	if err != nil {
		return err
	}
	defer stopMetrics()
	id, err := pg.Identity(ctx)
	if err != nil {
		return err
	}
	w := &queue.Worker{Conn: c, Store: id, Ledger: pg, Processor: p, Parallel: *parallel, MaxFailures: *maxFailures, AckWait: *ackWait, Logger: log, Metrics: met}
	s := &queue.Sequencer{Conn: c, Store: pg, Ledger: pg, NewApplier: m.newApplier(p), Logger: log, Metrics: met}
	log.Info("worker started", "workers", *parallel, "role", *role)
	// A role that fails stops the other: a sequencer left alone would pass
	// over pages no worker of this store takes.
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var wg sync.WaitGroup
	errs := make([]error, 2)
	if *role != "sequence" {
		wg.Go(func() {
			if errs[0] = w.Run(ctx); errs[0] != nil {
				cancel()
			}
		})
	}
	if *role != "process" {
		wg.Go(func() {
			if errs[1] = s.Run(ctx); errs[1] != nil {
				cancel()
			}
		})
	}
	wg.Wait()
	log.Info("worker stopped")
	return errors.Join(errs...)
}

// openQueue opens the PostgreSQL store and the stream a queued command uses.
func (m *Main) openQueue(ctx context.Context, url, stream, db string) (*postgres.DB, *queue.Conn, error) {
	if !isPostgres(db) {
		return nil, nil, usageError("--queue needs a PostgreSQL store: --db postgres://… (or $STORYLINE_DB)")
	}
	// the queue first: a wrong --queue makes no schema
	c, err := queue.Dial(ctx, url, stream)
	if err != nil {
		return nil, nil, err
	}
	pg, err := postgres.Open(ctx, db)
	if err != nil {
		c.Close()
		return nil, nil, err
	}
	return pg, c, nil
}

// serveMetrics serves /metrics at addr until the returned stop is called.
func serveMetrics(addr string, h http.Handler, announce func(url string)) (stop func(), err error) {
	if addr == "" {
		return func() {}, nil
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, storyline.Errorf(storyline.EINVALID, "--metrics %s: %v", addr, err)
	}
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", h)
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	go srv.Serve(ln)
	announce("http://" + ln.Addr().String() + "/metrics")
	return func() {
		ctx, cancel := context.WithTimeout(context.Background(), metricsShutdown)
		defer cancel()
		srv.Shutdown(ctx)
	}, nil
}
