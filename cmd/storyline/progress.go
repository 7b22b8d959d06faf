package main

import (
	"fmt"
	"io"
	"strconv"
	"sync"
	"sync/atomic"
	"time"
)

// progress shows a one-line status on a terminal while a long run goes on:
// files, articles, rate and, when the total size is known, an ETA. It is
// silent when stderr is not a terminal.
type progress struct {
	w          io.Writer
	start      time.Time
	totalBytes int64
	totalFiles int

	bytes    atomic.Int64
	files    atomic.Int64
	articles atomic.Int64

	stop chan struct{}
	done sync.WaitGroup
}

func newProgress(w io.Writer, show bool, totalFiles int, totalBytes int64) *progress {
	p := &progress{w: w, start: time.Now(), totalFiles: totalFiles, totalBytes: totalBytes}
	if !show {
		return p
	}
	p.stop = make(chan struct{})
	p.done.Add(1)
	go p.loop()
	return p
}

func (p *progress) loop() {
	defer p.done.Done()
	t := time.NewTicker(250 * time.Millisecond)
	defer t.Stop()
	for {
		select {
		case <-t.C:
			fmt.Fprintf(p.w, "\r\033[K%s", p.line())
		case <-p.stop:
			fmt.Fprint(p.w, "\r\033[K")
			return
		}
	}
}

func (p *progress) line() string {
	elapsed := time.Since(p.start).Seconds()
	arts := p.articles.Load()
	s := fmt.Sprintf("files %d/%d · articles %d · %s articles/s", p.files.Load(), p.totalFiles, arts,
		perSecond(int(arts), time.Since(p.start)))
	if done := p.bytes.Load(); p.totalBytes > 0 && done > 0 && elapsed > 1 {
		left := time.Duration(float64(p.totalBytes-done) / (float64(done) / elapsed) * float64(time.Second))
		s += fmt.Sprintf(" · %d%% · ETA %s", done*100/p.totalBytes, left.Round(time.Second))
	}
	return s
}

// perSecond is a rate for people: whole numbers, one decimal below ten (a
// single large page in 2.5 s is 0.4 articles/s, not 0).
func perSecond(n int, elapsed time.Duration) string {
	rate := 0.0
	if elapsed > 0 {
		rate = float64(n) / elapsed.Seconds()
	}
	if rate < 10 {
		return strconv.FormatFloat(rate, 'f', 1, 64)
	}
	return strconv.FormatFloat(rate, 'f', 0, 64)
}

// Close stops the status line and clears it.
func (p *progress) Close() {
	if p.stop != nil {
		close(p.stop)
		p.done.Wait()
		p.stop = nil
	}
}
