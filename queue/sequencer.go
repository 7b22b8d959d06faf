package queue

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/pipeline"
)

// Applier is the sequential half of an ingest (linking names, dedup,
// clustering, the commit, renames), built afresh from the store each time a
// process becomes the sequencer.
type Applier interface {
	// Apply runs the sequential steps over one processed page and commits
	// it through the store it was built with, now or in a later batch (or
	// decides there is nothing to commit: an unchanged page, one that could
	// not be cleaned).
	Apply(ctx context.Context, res pipeline.Result) error
	// Flush commits what Apply has kept back.
	Flush(ctx context.Context) error
	// EndBatch flushes and runs what storyline ingest runs at the end of its run.
	EndBatch(ctx context.Context) error
}

// NewApplier builds an Applier over store, restoring what it needs to know
// from what store holds.
type NewApplier func(ctx context.Context, store storyline.Store) (Applier, error)

// SequenceLedger is what the sequencer needs beside the store.
type SequenceLedger interface {
	Applied(ctx context.Context, stream string) (int64, error)
	EachResult(ctx context.Context, stream string, after int64, limit int, fn func(seq int64, payload []byte) error) error
	CommitApplied(ctx context.Context, cs []*storyline.Commit, stream string, from, to int64) error
	MarkApplied(ctx context.Context, stream string, from, to int64) error
	PutDead(ctx context.Context, stream string, seq int64, pageID string, deliveries int, reason string, payload []byte) error
	Lead(ctx context.Context, stream string) (release func(), lost <-chan struct{}, err error)
}

const (
	// resultBatch is how many results one read of the ledger takes.
	resultBatch = 256
	// idlePoll bounds how long a caught-up sequencer waits before it looks
	// for new results again.
	idlePoll = 100 * time.Millisecond
	// gapCheck is how long the sequencer waits for a missing message's
	// result before it asks the stream whether the message still exists.
	gapCheck = 10 * time.Second
	// restartDelay is the pause before a sequencer that failed leads again.
	restartDelay = time.Second
)

// Sequencer applies the workers' results in stream order. Every worker
// process runs one; a lease in the ledger lets one of them act at a time.
type Sequencer struct {
	Conn       *Conn
	Store      storyline.Store
	Ledger     SequenceLedger
	NewApplier NewApplier
	Logger     *slog.Logger
	Metrics    *Metrics

	// careful makes the next lead flush after every page, to find the page
	// of a batch that the store refuses.
	careful bool
}

// Run leads whenever it can until ctx ends.
func (s *Sequencer) Run(ctx context.Context) error {
	if s.Metrics == nil {
		s.Metrics = &Metrics{}
	}
	if s.Logger == nil {
		s.Logger = slog.New(slog.DiscardHandler)
	}
	for ctx.Err() == nil {
		release, lost, err := s.Ledger.Lead(ctx, s.Conn.key)
		if err != nil {
			if ctx.Err() != nil {
				return nil
			}
			s.Logger.Warn("sequencer lease", "err", err)
			sleep(ctx, restartDelay)
			continue
		}
		s.Logger.Info("sequencer: leading", "stream", s.Conn.key)
		s.Metrics.leader.Store(1)
		err = s.lead(ctx, lost)
		s.Metrics.leader.Store(0)
		release()
		if ctx.Err() != nil {
			return nil
		}
		s.Logger.Warn("sequencer: stepped down; will lead again", "err", err)
		sleep(ctx, restartDelay)
	}
	return nil
}

// lead applies results until ctx ends, the lease is lost or a step fails
// (the caller then leads again, from the store, so no half-applied state
// survives a failure).
func (s *Sequencer) lead(ctx context.Context, lost <-chan struct{}) error {
	applied, err := s.Ledger.Applied(ctx, s.Conn.key)
	if err != nil {
		return err
	}
	st := &sequencedStore{Store: s.Store, ledger: s.Ledger, stream: s.Conn.key,
		committed: applied, current: applied, pending: map[string]bool{}, metrics: s.Metrics}
	app, err := s.NewApplier(ctx, st)
	if err != nil {
		return fmt.Errorf("restore: %w", err)
	}
	var waitingSince time.Time
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-lost:
			return errors.New("lease lost")
		default:
		}
		n := 0
		err := s.Ledger.EachResult(ctx, s.Conn.key, st.current, resultBatch, func(seq int64, payload []byte) error {
			if seq != st.current+1 {
				return errGap
			}
			if err := s.apply(ctx, app, st, seq, payload); err != nil {
				return err
			}
			n++
			return nil
		})
		if err != nil && !errors.Is(err, errGap) {
			if ctx.Err() != nil {
				return nil
			}
			return err
		}
		if n > 0 && err == nil {
			waitingSince = time.Time{}
			continue // there may be more
		}
		// Caught up (or waiting for a gap to fill): store what is kept back.
		if err := st.settle(ctx, app); err != nil {
			return err
		}
		if n > 0 {
			waitingSince = time.Time{}
			continue
		}
		if waitingSince.IsZero() {
			waitingSince = time.Now()
		}
		if time.Since(waitingSince) > gapCheck {
			waitingSince = time.Time{}
			if err := s.skipVanished(ctx, st); err != nil {
				return err
			}
		}
		sleep(ctx, idlePoll)
	}
}

var errGap = errors.New("the next message has no result yet")

func (s *Sequencer) apply(ctx context.Context, app Applier, st *sequencedStore, seq int64, payload []byte) error {
	w, res, err := decodeResult(payload)
	if err != nil {
		st.current = seq
		return s.dead(ctx, seq, "", err.Error(), payload)
	}
	switch w.Kind {
	case kindEnd:
		// The pages before the mark are stored, and recorded, first; the
		// mark itself is recorded only once the renames are done, so that
		// --wait returns after them. A stop does not cut the renames short:
		// a new leader's linker would not know what this one learnt.
		if err := app.Flush(ctx); err != nil {
			return err
		}
		st.current = seq
		s.Logger.Info("end of an ingest's pages: renames", "seq", seq)
		return app.EndBatch(context.WithoutCancel(ctx))
	case kindDead:
		st.current = seq
		s.Logger.Warn("passing over a dead letter", "seq", seq, "reason", w.Err)
		return nil
	}
	if st.pending[res.Page.ID] {
		// The store must show the page's earlier version first.
		if err := app.Flush(ctx); err != nil {
			return err
		}
	}
	st.current = seq
	st.pending[res.Page.ID] = true
	err = app.Apply(ctx, res)
	if err == nil && s.careful {
		err = app.Flush(ctx)
	}
	if storyline.ErrorCode(err) == storyline.EINVALID {
		if !s.careful {
			// A page of the batch is refused by the store: lead again,
			// flushing after every page, to find which.
			s.careful = true
			return fmt.Errorf("a batch refused by the store; applying page by page: %w", err)
		}
		// This page is refused whatever happens: file it and lead again
		// from the store, which never saw it.
		s.careful = false
		if derr := s.dead(ctx, seq, res.Page.ID, err.Error(), payload); derr != nil {
			return derr
		}
		if derr := s.Ledger.MarkApplied(ctx, s.Conn.key, st.committed, seq); derr != nil {
			return derr
		}
		return fmt.Errorf("message %d refused by the store: %w", seq, err)
	}
	return err
}

func (s *Sequencer) dead(ctx context.Context, seq int64, pageID, reason string, payload []byte) error {
	s.Metrics.dead.Add(1)
	s.Logger.Error("dead letter", "seq", seq, "page", pageID, "reason", reason)
	return s.Ledger.PutDead(ctx, s.Conn.key, seq, pageID, 0, reason, payload)
}

// skipVanished passes over the next message when the stream no longer
// holds it and no result came for it: it was removed from the stream by
// hand (a worker acknowledges only after storing a result, so nothing else
// removes a message without one). Everything before it is settled.
func (s *Sequencer) skipVanished(ctx context.Context, st *sequencedStore) error {
	seq := st.current + 1
	_, err := s.Conn.stream.GetMsg(ctx, uint64(seq))
	if !errors.Is(err, jetstream.ErrMsgNotFound) {
		return nil // still there (or the stream cannot say): keep waiting
	}
	last, err := s.lastSeq(ctx)
	if err != nil || uint64(seq) > last {
		return err // not published yet
	}
	found := false
	err = s.Ledger.EachResult(ctx, s.Conn.key, seq-1, 1, func(got int64, _ []byte) error {
		found = got == seq
		return nil
	})
	if err != nil || found {
		return err
	}
	s.Logger.Warn("message removed from the stream without a result; passing over it", "seq", seq)
	if err := s.Ledger.MarkApplied(ctx, s.Conn.key, st.committed, seq); err != nil {
		return err
	}
	st.committed, st.current = seq, seq
	return nil
}

func (s *Sequencer) lastSeq(ctx context.Context) (uint64, error) {
	info, err := s.Conn.stream.Info(ctx)
	if err != nil {
		return 0, err
	}
	return info.State.LastSeq, nil
}

// sequencedStore is the store the applier commits through: each commit
// also records, in the same transaction, every message handed to the
// applier since the last one as applied (pages it passed over included).
type sequencedStore struct {
	storyline.Store
	ledger  SequenceLedger
	stream  string
	metrics *Metrics
	// committed is the last message applied in the ledger; current the
	// last one handed to the applier.
	committed, current int64
	// pending are the page ids handed over since committed.
	pending map[string]bool
}

func (s *sequencedStore) Commit(ctx context.Context, cs ...*storyline.Commit) error {
	if s.current == s.committed {
		return s.Store.Commit(ctx, cs...) // nothing more to record
	}
	if err := s.ledger.CommitApplied(ctx, cs, s.stream, s.committed, s.current); err != nil {
		return err
	}
	s.metrics.applied.Add(int64(len(cs)))
	s.settled()
	return nil
}

func (s *sequencedStore) settled() {
	s.committed = s.current
	clear(s.pending)
}

// settle flushes the applier and records the messages that committed
// nothing (pages passed over, marks, dead letters) as applied.
func (s *sequencedStore) settle(ctx context.Context, app Applier) error {
	if err := app.Flush(ctx); err != nil {
		return err
	}
	if s.current == s.committed {
		return nil
	}
	if err := s.ledger.MarkApplied(ctx, s.stream, s.committed, s.current); err != nil {
		return err
	}
	s.settled()
	return nil
}
