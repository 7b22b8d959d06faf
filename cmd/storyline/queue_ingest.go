package main

import (
	"context"
	"fmt"
	"time"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/engine"
	"github.com/storyline-news/storyline/ingest"
	"github.com/storyline-news/storyline/queue"
)

// waitPoll is how often ingest --wait looks whether the workers are done,
// waitReport how often it says how far they are, and waitStalled how long
// nothing may be applied before it asks whether any worker runs.
const (
	waitPoll    = 200 * time.Millisecond
	waitReport  = 10 * time.Second
	waitStalled = 30 * time.Second
)

// queueIngest puts the pages of paths on the stream instead of processing
// them (ingest --queue), reading them exactly as ingest does: a page stored
// unchanged or met twice in the run is left out. With --wait it returns
// when the sequencer has applied the run's last page.
func (m *Main) queueIngest(ctx context.Context, opt ingestOptions, paths []string) (err error) {
	start := time.Now()
	pg, c, err := m.openQueue(ctx, opt.queue, opt.stream, m.dbPath(opt.db))
	if err != nil {
		return err
	}
	defer closeInto(&err, pg)
	defer c.Close()
	inputs, errs := ingest.Expand(paths)
	r := &ingestRun{m: m, opt: opt}
	for _, err := range errs {
		r.reportInput(err)
	}
	published, duplicates := 0, 0
	rep, err := engine.Pages(ctx, pg, inputs, m.Stdin, engine.Options{Force: opt.force, MaxPageBytes: opt.maxPage, Logger: m.Logger},
		engine.Observer{Failed: r.reportInput, Ignored: func(err error) { m.tellInput("ignored", err) }},
		func(ctx context.Context, p *storyline.Page) error {
			_, dup, err := c.PublishPage(ctx, p, engine.PageHash(p))
			if dup {
				duplicates++
			} else if err == nil {
				published++
			}
			return err
		})
	if err != nil {
		return err
	}
	end, err := c.PublishEnd(ctx)
	if err != nil {
		return err
	}
	failed := len(errs) + len(rep.Failed)
	if !opt.quiet {
		fmt.Fprintf(m.Stderr, "queued %d pages on stream %s (%d already queued, %d unchanged, %d repeated ids skipped, %d inputs failed) in %s\n",
			published, c.Name(), duplicates, len(rep.Unchanged), rep.Repeated, failed, time.Since(start).Round(time.Millisecond))
	}
	if opt.wait {
		report := func(applied, of int64, stalled time.Duration) {
			if opt.quiet {
				return
			}
			fmt.Fprintf(m.Stderr, "waiting: %d of %d queued messages applied", applied, of)
			if stalled >= waitStalled {
				fmt.Fprintf(m.Stderr, "; none for %s: is a worker running (storyline worker --queue URL --stream %s --db DB)? A page a stopped worker held comes back after the workers' --ack-wait (default %s), and the pages after it wait for it", stalled.Round(time.Second), c.Name(), queue.DefaultAckWait)
			}
			fmt.Fprintln(m.Stderr)
		}
		if err := waitApplied(ctx, pg, c.Key(), int64(end), waitReport, report); err != nil {
			return err
		}
		if !opt.quiet {
			fmt.Fprintf(m.Stderr, "processed: every queued page is in the store after %s\n", time.Since(start).Round(time.Millisecond))
		}
	}
	if failed > 0 {
		return &partialError{failed: failed}
	}
	return nil
}

// waitApplied returns when the sequencer has applied message seq; every
// interval it reports how far it is and how long nothing was applied.
func waitApplied(ctx context.Context, l interface {
	Applied(context.Context, string) (int64, error)
}, stream string, seq int64, every time.Duration, report func(applied, of int64, stalled time.Duration)) error {
	last, lastAt, reportAt := int64(-1), time.Now(), time.Now()
	for {
		applied, err := l.Applied(ctx, stream)
		if err != nil {
			return err
		}
		if applied >= seq {
			return nil
		}
		now := time.Now()
		if applied != last {
			last, lastAt = applied, now
		}
		if now.Sub(reportAt) >= every {
			report(applied, seq, now.Sub(lastAt))
			reportAt = now
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(min(waitPoll, every)):
		}
	}
}
