package main

import (
	"context"
	"fmt"
	"time"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/extract"
	"github.com/storyline-news/storyline/ingest"
)

// peerRun is how long the peers took on the HTML pages they were given:
// time sums their calls on the clock, trafilatura the part of it that
// go-trafilatura took; cpu is the process's CPU time over the whole phase
// (reading the inputs and collecting the garbage included, as the
// pipeline's CPU time includes them), trafilaturaCPU the CPU time of
// go-trafilatura's calls.
type peerRun struct {
	pages               int
	time, trafilatura   time.Duration
	cpu, trafilaturaCPU time.Duration
}

// benchPeers runs go-trafilatura, then go-htmldate, on every HTML page of
// paths, one at a time, and times each.
func (m *Main) benchPeers(ctx context.Context, paths []string) (*peerRun, error) {
	inputs, _ := ingest.ExpandOptions{}.Expand(paths)
	r := &peerRun{}
	reader := &ingest.Reader{Stdin: m.Stdin}
	for _, in := range inputs {
		err := reader.Read(ctx, in, func(p *storyline.Page) error {
			if p.Format != storyline.FormatHTML && p.Format != storyline.FormatWARC {
				return nil
			}
			t0, c0 := time.Now(), cpuTime()
			if extract.PeerTrafilatura(p) != nil {
				return nil
			}
			t1, c1 := time.Now(), cpuTime()
			if extract.PeerHTMLDate(p) != nil {
				return nil
			}
			r.pages++
			r.trafilatura += t1.Sub(t0)
			r.trafilaturaCPU += c1 - c0
			r.time += time.Since(t0)
			return nil
		})
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		_ = err // an unreadable input is the pipeline's to report
	}
	return r, nil
}

// printPeers sets the pipeline's rates beside the peers': its pages beside
// theirs (the HTML goal), and its articles beside go-trafilatura's pages
// (the goal for text dumps, whose pages --peers gives the peers HTML for).
func (m *Main) printPeers(peers *peerRun, run *ingestRun, t benchTimes) {
	if peers.pages == 0 {
		fmt.Fprintln(m.Stdout, "\ncompare: no HTML pages for the peers (give --peers DIR when the inputs have none)")
		return
	}
	rate := func(n int, d time.Duration) float64 { return float64(n) / max(d.Seconds(), 1e-9) }
	peerRate, trafRate := rate(peers.pages, peers.time), rate(peers.pages, peers.trafilatura)
	pages, articles := rate(run.report.Pages, t.wall), rate(len(run.report.Articles), t.wall)
	fmt.Fprintf(m.Stdout, "\ncompare: go-trafilatura alone: %d HTML pages in %s, %.1f pages/s\n", peers.pages, peers.trafilatura.Round(time.Millisecond), trafRate)
	fmt.Fprintf(m.Stdout, "compare: go-trafilatura then go-htmldate alone: %d HTML pages in %s, %.1f pages/s\n", peers.pages, peers.time.Round(time.Millisecond), peerRate)
	fmt.Fprintf(m.Stdout, "compare: the whole pipeline (all pages): %.1f pages/s, %.2f× the peers; %.1f articles/s, %.2f× go-trafilatura's pages/s\n",
		pages, pages/peerRate, articles, articles/trafRate)
	if peers.cpu > 0 && t.cpu > 0 {
		// Per CPU-second: the ratios that hold on a machine other work shares.
		peerCPU, trafCPU := rate(peers.pages, peers.cpu), rate(peers.pages, peers.trafilaturaCPU)
		oursCPU, articlesCPU := rate(run.report.Pages, t.cpu), rate(len(run.report.Articles), t.cpu)
		fmt.Fprintf(m.Stdout, "compare, per CPU-second: go-trafilatura %.1f pages (%s), the peers %.1f pages (%s), the whole pipeline %.1f pages, %.1f articles (%s): %.2f× the peers; articles %.2f× go-trafilatura's pages\n",
			trafCPU, peers.trafilaturaCPU.Round(time.Millisecond), peerCPU, peers.cpu.Round(time.Millisecond),
			oursCPU, articlesCPU, t.cpu.Round(time.Millisecond), oursCPU/peerCPU, articlesCPU/trafCPU)
	}
}
