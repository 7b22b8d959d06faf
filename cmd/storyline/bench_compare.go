package main

import (
	"context"
	"fmt"
	"time"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/extract"
	"github.com/storyline-news/storyline/ingest"
)

// peerRun is how long the peers took on the HTML pages of the inputs: time
// sums their calls on the clock; cpu is the process's CPU time over the
// whole phase (reading the inputs and collecting the garbage included, as
// the pipeline's CPU time includes them).
type peerRun struct {
	pages int
	time  time.Duration
	cpu   time.Duration
}

// benchPeers runs extract.Peers (go-trafilatura then go-htmldate) on every
// HTML page of the inputs, one at a time, and times it.
func (m *Main) benchPeers(ctx context.Context, paths []string) (*peerRun, error) {
	inputs, _ := ingest.ExpandOptions{}.Expand(paths)
	r := &peerRun{}
	reader := &ingest.Reader{Stdin: m.Stdin}
	for _, in := range inputs {
		err := reader.Read(ctx, in, func(p *storyline.Page) error {
			if p.Format != storyline.FormatHTML && p.Format != storyline.FormatWARC {
				return nil
			}
			t0 := time.Now()
			if err := extract.Peers(p); err == nil {
				r.pages++
				r.time += time.Since(t0)
			}
			return nil
		})
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		_ = err // an unreadable input is the pipeline's to report
	}
	return r, nil
}

func (m *Main) printPeers(peers *peerRun, run *ingestRun, t benchTimes) {
	if peers.pages == 0 {
		fmt.Fprintln(m.Stdout, "\ncompare: no HTML pages among the inputs")
		return
	}
	peerRate := float64(peers.pages) / peers.time.Seconds()
	ours := float64(run.report.Pages) / t.wall.Seconds()
	fmt.Fprintf(m.Stdout, "\ncompare: go-trafilatura then go-htmldate alone: %d HTML pages in %s, %.1f pages/s\n", peers.pages, peers.time.Round(time.Millisecond), peerRate)
	fmt.Fprintf(m.Stdout, "compare: the whole pipeline (all pages): %.1f pages/s, %.2f× the peers\n", ours, ours/peerRate)
	if peers.cpu > 0 && t.cpu > 0 {
		// Per CPU-second: the ratio that holds on a machine other work shares.
		peerCPU := float64(peers.pages) / peers.cpu.Seconds()
		oursCPU := float64(run.report.Pages) / t.cpu.Seconds()
		fmt.Fprintf(m.Stdout, "compare, per CPU-second: the peers %.1f pages (%s), the whole pipeline %.1f pages (%s): %.2f× the peers\n",
			peerCPU, peers.cpu.Round(time.Millisecond), oursCPU, t.cpu.Round(time.Millisecond), oursCPU/peerCPU)
	}
}
