package main

import (
	"context"
	"testing"
	"time"
)

// appliedSteps answers Applied from a script: each call the next value,
// the last one for ever.
type appliedSteps struct{ steps []int64 }

func (a *appliedSteps) Applied(context.Context, string) (int64, error) {
	v := a.steps[0]
	if len(a.steps) > 1 {
		a.steps = a.steps[1:]
	}
	return v, nil
}

func TestWaitAppliedReportsProgressAndStalls(t *testing.T) {
	l := &appliedSteps{steps: []int64{1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 5}}
	type line struct {
		applied int64
		stalled time.Duration
	}
	var lines []line
	err := waitApplied(context.Background(), l, "s", 5, time.Nanosecond, func(applied, of int64, stalled time.Duration) {
		if of != 5 {
			t.Errorf("reported of %d, want 5", of)
		}
		lines = append(lines, line{applied, stalled})
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(lines) == 0 {
		t.Fatal("no progress reported")
	}
	last := lines[len(lines)-1]
	if last.applied != 2 || last.stalled <= 0 {
		t.Errorf("last report %+v, want 2 applied and a stall since the value last changed", last)
	}
	for _, l := range lines {
		if l.applied == 1 && l.stalled != 0 {
			t.Errorf("a value just read counts as no stall: %+v", l)
		}
	}
}

func TestWaitAppliedStopsWithTheContext(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err := waitApplied(ctx, &appliedSteps{steps: []int64{0}}, "s", 5, time.Hour, func(int64, int64, time.Duration) {})
	if err != context.Canceled {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
}
