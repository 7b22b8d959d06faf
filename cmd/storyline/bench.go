package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"syscall"
	"text/tabwriter"
	"time"

	"github.com/storyline-news/storyline/pipeline"
)

const benchAbout = `Ingest PATH into a fresh temporary store and report, per stage, the calls,
the time spent, articles/s and MB/s, then the whole run's wall time, CPU time
and peak memory. Stage times are summed over workers: with --workers 1 each
stage's rate is its one-core throughput. On a machine other work shares, the
rates per CPU-second are the ones that do not depend on the neighbours.`

func (m *Main) runBench(ctx context.Context, args []string) error {
	fs := m.flags("bench", "[--workers N] PATH...", benchAbout)
	workers := new(int)
	positiveVar(fs, workers, "workers", 1, "process `N` pages at once")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of the run to this file (go tool pprof reads it)")
	allocProfile := fs.String("allocprofile", "", "write what the run allocated to this file (go tool pprof -sample_index=alloc_space reads it)")
	compare := fs.Bool("compare", false, "first run go-trafilatura then go-htmldate alone on the same HTML pages (or those of --peers), in this process, and print the rates side by side")
	peerPaths := fs.String("peers", "", "with --compare, run the peers on the HTML pages of `PATH` instead of the inputs' (to set a run of text dumps beside go-trafilatura)")
	if err := m.parseFlags(fs, args); err != nil {
		return err
	}
	if *peerPaths != "" && !*compare {
		return usageError("bench --peers needs --compare")
	}
	if *allocProfile != "" {
		runtime.MemProfileRate = allocProfileRate
	}
	stop, err := startCPUProfile(*cpuProfile)
	if err != nil {
		return err
	}
	defer stop()
	if fs.NArg() == 0 {
		fs.Usage()
		return usageError("bench needs a PATH")
	}
	dir, err := os.MkdirTemp("", "storyline-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	store, err := m.openStore(ctx, filepath.Join(dir, "bench.db"))
	if err != nil {
		return err
	}
	defer store.Close()
	var peers *peerRun
	if *compare {
		cpu0 := cpuTime()
		paths := fs.Args()
		if *peerPaths != "" {
			paths = []string{*peerPaths}
		}
		if peers, err = m.benchPeers(ctx, paths); err != nil {
			return err
		}
		// The peers' garbage is collected on their account, not left for
		// the pipeline's phase to pay.
		runtime.GC()
		peers.cpu = cpuTime() - cpu0
	}
	stats := &pipeline.Stats{}
	run := &ingestRun{m: m, store: store, opt: ingestOptions{quiet: true, workers: *workers}, stats: stats}
	start, cpu0 := time.Now(), cpuTime()
	err = run.execute(ctx, fs.Args())
	if run.report == nil {
		return err
	}
	t := benchTimes{wall: time.Since(start), cpu: cpuTime() - cpu0}
	if perr := writeAllocProfile(*allocProfile); perr != nil && err == nil {
		err = perr
	}
	m.printBench(stats, run, t)
	if peers != nil {
		m.printPeers(peers, run, t)
	}
	return err
}

// benchTimes is how long the pipeline's phase of a bench took: on the
// clock, and in CPU time (user and system, all threads).
type benchTimes struct {
	wall, cpu time.Duration
}

func (m *Main) printBench(stats *pipeline.Stats, run *ingestRun, t benchTimes) {
	w := tabwriter.NewWriter(m.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(w, "stage\tcalls\ttime\tcalls/s\tMB/s\t")
	for _, s := range stats.Snapshot() {
		secs := s.Time.Seconds()
		fmt.Fprintf(w, "%s\t%d\t%s\t%.0f\t%.2f\t\n", s.Name, s.Calls, s.Time.Round(time.Millisecond),
			float64(s.Calls)/max(secs, 1e-9), float64(s.Bytes)/1e6/max(secs, 1e-9))
	}
	w.Flush()
	wall := t.wall
	fmt.Fprintf(m.Stdout, "\n%d pages, %d articles in %s: %.0f pages/s, %.0f articles/s end to end (workers=%d, GOMAXPROCS=%d)\n",
		run.report.Pages, len(run.report.Articles), wall.Round(time.Millisecond), float64(run.report.Pages)/wall.Seconds(),
		float64(len(run.report.Articles))/wall.Seconds(), run.opt.workers, runtime.GOMAXPROCS(0))
	if t.cpu > 0 {
		fmt.Fprintf(m.Stdout, "CPU time %s: %.0f pages, %.0f articles per CPU-second\n", t.cpu.Round(time.Millisecond),
			float64(run.report.Pages)/t.cpu.Seconds(), float64(len(run.report.Articles))/t.cpu.Seconds())
	}
	fmt.Fprintf(m.Stdout, "peak memory (max RSS): %.1f MiB\n", peakRSSMiB())
}

// cpuTime is the CPU time the process has used, user and system, or 0
// when the system does not say.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// peakRSSMiB is the process's maximum resident set size.
func peakRSSMiB() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return float64(ru.Maxrss) / 1024 // Linux reports KiB
}
