package postgres

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/storyline-news/storyline"
)

// This file is the queue's ledger beside the store (package queue declares
// what it needs; DESIGN.md explains the sequencer). Sequence numbers are a
// stream's message sequences.

// leaseRetry is how often a process that is not the sequencer tries to
// become it: a second is a small delay after a leader dies, and a cheap query.
const leaseRetry = time.Second

// PutResult stores a worker's result for message seq, unless a result for it
// is stored already or the message is applied (a redelivery).
func (db *DB) PutResult(ctx context.Context, stream string, seq int64, payload []byte) error {
	_, err := db.pool.Exec(ctx, `INSERT INTO queue_results(stream, seq, payload)
		SELECT $1, $2, $3 WHERE NOT EXISTS (SELECT 1 FROM queue_progress WHERE stream = $1 AND applied >= $2)
		ON CONFLICT DO NOTHING`, stream, seq, payload)
	if err != nil {
		return fmt.Errorf("postgres.PutResult %s %d: %w", stream, seq, err)
	}
	return nil
}

// PutDead records a message that failed every delivery.
func (db *DB) PutDead(ctx context.Context, stream string, seq int64, pageID string, deliveries int, reason string, payload []byte) error {
	_, err := db.pool.Exec(ctx, `INSERT INTO queue_dead(stream, seq, page_id, deliveries, reason, payload)
		VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
		stream, seq, clean(pageID), deliveries, clean(reason), payload)
	if err != nil {
		return fmt.Errorf("postgres.PutDead %s %d: %w", stream, seq, err)
	}
	return nil
}

// EachResult calls fn with the stored results after message after, in
// sequence order, at most limit of them.
func (db *DB) EachResult(ctx context.Context, stream string, after int64, limit int, fn func(seq int64, payload []byte) error) error {
	rows, err := db.pool.Query(ctx, `SELECT seq, payload FROM queue_results
		WHERE stream = $1 AND seq > $2 ORDER BY seq LIMIT $3`, stream, after, limit)
	if err != nil {
		return fmt.Errorf("postgres.EachResult %s: %w", stream, err)
	}
	type result struct {
		seq     int64
		payload []byte
	}
	var rs []result
	for rows.Next() {
		var r result
		if err := rows.Scan(&r.seq, &r.payload); err != nil {
			rows.Close()
			return fmt.Errorf("postgres.EachResult %s: %w", stream, err)
		}
		rs = append(rs, r)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("postgres.EachResult %s: %w", stream, err)
	}
	for _, r := range rs {
		if err := fn(r.seq, r.payload); err != nil {
			return err
		}
	}
	return nil
}

// Backlog is the number of results stored but not yet applied.
func (db *DB) Backlog(ctx context.Context, stream string) (int, error) {
	var n int
	if err := db.pool.QueryRow(ctx, `SELECT count(*) FROM queue_results WHERE stream = $1`, stream).Scan(&n); err != nil {
		return 0, fmt.Errorf("postgres.Backlog %s: %w", stream, err)
	}
	return n, nil
}

// Applied returns the last message applied, 0 for a stream never seen.
func (db *DB) Applied(ctx context.Context, stream string) (int64, error) {
	var n int64
	err := db.pool.QueryRow(ctx, `SELECT applied FROM queue_progress WHERE stream = $1`, stream).Scan(&n)
	if err == pgx.ErrNoRows {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("postgres.Applied %s: %w", stream, err)
	}
	return n, nil
}

// CommitApplied commits pages and records the messages after from up to
// and including to as applied, in the same transaction; ECONFLICT, and
// nothing stored, if from is not the last message applied (another
// sequencer got there first). The transaction does not wait for the disk:
// if the server loses it, it loses the progress with it, and the results,
// still in the ledger, are applied again.
func (db *DB) CommitApplied(ctx context.Context, cs []*storyline.Commit, stream string, from, to int64) error {
	return db.commit(ctx, cs, true, func(b *pgx.Batch) { queueAdvance(b, stream, from, to) })
}

// MarkApplied records the messages after from up to to as applied when they
// changed nothing in the store (pages skipped, an end-of-batch mark, dead
// letters); ECONFLICT as CommitApplied.
func (db *DB) MarkApplied(ctx context.Context, stream string, from, to int64) error {
	if err := db.commit(ctx, nil, true, func(b *pgx.Batch) { queueAdvance(b, stream, from, to) }); err != nil {
		return fmt.Errorf("postgres.MarkApplied %s %d..%d: %w", stream, from, to, err)
	}
	return nil
}

// queueAdvance moves the stream's progress from from to to and drops the
// results it applied. A compare-and-set, so that a sequencer that lost its
// lease and does not know it yet cannot apply a message twice: when nothing
// moves, the callback fails and the transaction rolls back.
func queueAdvance(b *pgx.Batch, stream string, from, to int64) {
	b.Queue(`WITH up AS (
			INSERT INTO queue_progress(stream, applied) SELECT $1::text, $3::bigint
				WHERE $2::bigint = 0 OR EXISTS (SELECT 1 FROM queue_progress WHERE stream = $1::text)
			ON CONFLICT (stream) DO UPDATE SET applied = excluded.applied, updated_at = now()
				WHERE queue_progress.applied = $2::bigint
			RETURNING 1),
		gone AS (DELETE FROM queue_results WHERE stream = $1::text AND seq > $2::bigint AND seq <= $3::bigint)
		SELECT count(*) FROM up`, stream, from, to).QueryRow(func(row pgx.Row) error {
		var moved int64
		if err := row.Scan(&moved); err != nil {
			return err
		}
		if moved != 1 || to <= from {
			return behind(stream, from, to)
		}
		return nil
	})
}

var errBehind = errors.New("not the next message to apply")

func behind(stream string, from, to int64) error {
	return &storyline.Error{Code: storyline.ECONFLICT, Op: "postgres.advance",
		Message: fmt.Sprintf("stream %s: messages %d..%d: %d is %v", stream, from+1, to, from+1, errBehind)}
}

// Lead blocks until this process holds the sequencer lease of stream (a
// session advisory lock on a connection of its own), or ctx ends. release
// gives the lease up; lost is closed if the lease's connection fails, after
// which another process may lead.
func (db *DB) Lead(ctx context.Context, stream string) (release func(), lost <-chan struct{}, err error) {
	conn, err := db.pool.Acquire(ctx)
	if err != nil {
		return nil, nil, fmt.Errorf("postgres.Lead: %w", err)
	}
	key := lockKey("storyline.sequencer", db.schema+"/"+stream)
	for {
		var ok bool
		if err := conn.QueryRow(ctx, `SELECT pg_try_advisory_lock($1)`, key).Scan(&ok); err != nil {
			conn.Release()
			return nil, nil, fmt.Errorf("postgres.Lead: %w", err)
		}
		if ok {
			break
		}
		select {
		case <-ctx.Done():
			conn.Release()
			return nil, nil, ctx.Err()
		case <-time.After(leaseRetry):
		}
	}
	gone := make(chan struct{})
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() { // watch the lease's connection
		defer close(done)
		for {
			select {
			case <-stop:
				return
			case <-time.After(leaseRetry):
			}
			if err := conn.Ping(context.Background()); err != nil {
				close(gone)
				return
			}
		}
	}()
	release = func() {
		close(stop)
		<-done
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		if _, err := conn.Exec(ctx, `SELECT pg_advisory_unlock($1)`, key); err != nil {
			conn.Conn().Close(ctx) // closing the session frees its locks
		}
		conn.Release()
	}
	return release, gone, nil
}
