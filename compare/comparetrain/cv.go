package comparetrain

import (
	"context"
	"fmt"
	"io"
	"runtime"
	"sync"
)

// The quote grouping and figure trainers cross-validate the same way: folds
// of whole events for choosing settings, and leave one event out around
// that choice for the nested figure.

// foldSplit returns the events of fold k (held out) and the others.
func foldSplit(events []string, fold map[string]int, k int) (train, held []string) {
	for _, e := range events {
		if fold[e] == k {
			held = append(held, e)
		} else {
			train = append(train, e)
		}
	}
	return train, held
}

// leaveOneOut runs score for every event with the other events beside it,
// one goroutine per CPU, and returns the results in the events' order. It
// stops early when ctx is done.
func leaveOneOut[R any](ctx context.Context, events []string, score func(held string, rest []string) R) ([]R, error) {
	res := make([]R, len(events))
	var wg sync.WaitGroup
	next := make(chan int)
	for range max(1, min(runtime.GOMAXPROCS(0), len(events))) {
		wg.Go(func() {
			for i := range next {
				if ctx.Err() != nil {
					continue
				}
				held := events[i]
				rest := make([]string, 0, len(events)-1)
				for _, e := range events {
					if e != held {
						rest = append(rest, e)
					}
				}
				res[i] = score(held, rest)
			}
		})
	}
	for i := range events {
		next <- i
	}
	close(next)
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return res, nil
}

// pickSmoothed chooses among settings, in order: each setting's F1 is
// averaged with its neighbours' (with a few dozen events the F1 of one
// threshold is noisy, and a plateau is a better bet than a peak); of the
// settings within slack of the best average, the most precise wins, then
// the higher average, then the earlier.
func pickSmoothed[S comparable](order []S, neighbours func(S) []S, f1, precision func(S) float64, slack float64) S {
	smooth := make(map[S]float64, len(order))
	top := 0.0
	for _, st := range order {
		var sum float64
		ns := neighbours(st)
		for _, n := range ns {
			sum += f1(n)
		}
		smooth[st] = sum / float64(len(ns))
		top = max(top, smooth[st])
	}
	best := order[0]
	for _, st := range order {
		if smooth[st] < top-slack {
			continue
		}
		if smooth[best] < top-slack || precision(st) > precision(best) || precision(st) == precision(best) && smooth[st] > smooth[best] {
			best = st
		}
	}
	return best
}

// nearIndexes are i and its neighbours i-1 and i+1 that fall in [0, n).
func nearIndexes(i, n int) []int {
	var out []int
	for _, j := range []int{i - 1, i, i + 1} {
		if j >= 0 && j < n {
			out = append(out, j)
		}
	}
	return out
}

// reporter prints a trainer's progress lines to w, when set.
type reporter struct{ w io.Writer }

func (r reporter) report(format string, args ...any) {
	if r.w != nil {
		fmt.Fprintf(r.w, format+"\n", args...)
	}
}
