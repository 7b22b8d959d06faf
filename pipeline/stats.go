package pipeline

import (
	"sync"
	"time"
)

// Stats accumulates the time, calls and bytes of every stage. It is safe for
// concurrent use; a nil *Stats records nothing.
type Stats struct {
	mu     sync.Mutex
	stages map[string]*StageStats
	order  []string
}

// StageStats is the total work one stage did.
type StageStats struct {
	Name  string
	Calls int
	Bytes int64
	Time  time.Duration
}

// Record adds one call of a stage that took d over n bytes.
func (s *Stats) Record(stage string, n int, d time.Duration) { s.RecordN(stage, 1, n, d) }

// RecordN adds the work of a stage that did calls items at once (a batch
// of pages stored in one transaction) in d over n bytes.
func (s *Stats) RecordN(stage string, calls, n int, d time.Duration) {
	if s == nil {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.stages == nil {
		s.stages = map[string]*StageStats{}
	}
	st, ok := s.stages[stage]
	if !ok {
		st = &StageStats{Name: stage}
		s.stages[stage] = st
		s.order = append(s.order, stage)
	}
	st.Calls += calls
	st.Bytes += int64(n)
	st.Time += d
}

// start times one call; the returned func records it with the bytes processed.
func (s *Stats) start(stage string) func(n int) {
	if s == nil {
		return func(int) {}
	}
	t0 := time.Now()
	return func(n int) { s.Record(stage, n, time.Since(t0)) }
}

// Snapshot returns the stages in the order they first ran.
func (s *Stats) Snapshot() []StageStats {
	if s == nil {
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]StageStats, 0, len(s.order))
	for _, name := range s.order {
		out = append(out, *s.stages[name])
	}
	return out
}
