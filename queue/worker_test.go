package queue

import (
	"context"
	"sync/atomic"
	"testing"
	"time"
)

// countingLedger answers Backlog with a set number and counts the calls.
type countingLedger struct {
	ResultLedger
	backlog int
	calls   atomic.Int32
}

func (l *countingLedger) Backlog(context.Context, string) (int, error) {
	l.calls.Add(1)
	return l.backlog, nil
}

// TestBackedUpAsksSeldom checks that the loops of a worker ask the ledger
// for its backlog at most once per backlogEvery together, and that a full
// backlog holds them back while an empty one does not.
func TestBackedUpAsksSeldom(t *testing.T) {
	for _, tc := range []struct {
		name    string
		backlog int
		want    bool
	}{
		{"empty", 0, false},
		{"full", maxBacklog, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			l := &countingLedger{backlog: tc.backlog}
			w := &Worker{Conn: &Conn{key: "test"}, Ledger: l}
			ctx, cancel := context.WithCancel(context.Background())
			cancel() // the wait of a backed-up worker ends at once
			start := time.Now()
			for range 50 {
				if got := w.backedUp(ctx); got != tc.want {
					t.Fatalf("backedUp = %v, want %v", got, tc.want)
				}
			}
			// 50 checks within a few milliseconds: one question, or one more
			// if the interval passed meanwhile
			if n, max := l.calls.Load(), int32(1+time.Since(start)/backlogEvery); n < 1 || n > max {
				t.Errorf("Backlog asked %d times in %v, want 1 to %d", n, time.Since(start), max)
			}
		})
	}
}
