package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"time"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/cluster"
	"github.com/storyline-news/storyline/engine"
	"github.com/storyline-news/storyline/ingest"
	"github.com/storyline-news/storyline/pipeline"
	"github.com/storyline-news/storyline/queue"
)

const ingestAbout = `Read pages from files, folders (recursively) or - (stdin), clean them into
articles, run the whole pipeline, and commit each page with everything derived
from it in one transaction.

Formats are chosen by extension and by sniffing the content, after undoing
gzip: .txt page text dumps, .html/.htm pages, .jsonl/.ndjson records,
.xml/.rss/.atom feeds, .warc/.warc.gz web archives.

Running it again on the same input stores nothing twice; a page whose content
changed replaces what its earlier version produced. An interrupted run keeps
every page it committed: run the same command again to finish the job.
An input that cannot be read is reported with its path and the reason and
skipped; the rest is stored and the exit code is 3.`

type ingestOptions struct {
	db      string
	quiet   bool
	workers int
	force   bool
	maxPage int64
	name    string // --name: the file name stdin is read as
	// queue, stream and wait: ingest --queue (queue_ingest.go).
	queue, stream string
	wait          bool
	// cluster, when set, are the clusterer's options (eval overmerge --try).
	cluster *cluster.Options
}

func (m *Main) runIngest(ctx context.Context, args []string) (err error) {
	fs := m.flags("ingest", "[--db PATH] [--quiet] PATH...", ingestAbout)
	var opt ingestOptions
	fs.StringVar(&opt.db, "db", "", dbFlagUsage)
	fs.BoolVar(&opt.quiet, "quiet", false, "print nothing but errors")
	positiveVar(fs, &opt.workers, "workers", runtime.GOMAXPROCS(0), "process `N` pages at once")
	fs.BoolVar(&opt.force, "force", false, "reprocess pages even when they are already stored unchanged")
	positiveVar(fs, &opt.maxPage, "max-page-bytes", 32<<20, "skip (and report) any page, record or text line larger than `BYTES`")
	fs.StringVar(&opt.name, "name", "", "read - (stdin) as a file of this name (its format and id); without it stdin's id is stdin- and a hash of its bytes")
	fs.StringVar(&opt.queue, "queue", "", "put the pages on this NATS JetStream server (nats://HOST:PORT) for storyline worker")
	fs.StringVar(&opt.stream, "stream", queue.DefaultStream, "with --queue: the stream")
	fs.BoolVar(&opt.wait, "wait", false, "with --queue: return when every page is processed")
	if err := m.parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return usageError("ingest needs at least one PATH (a file, a folder, or - for stdin)")
	}
	if opt.queue != "" {
		if opt.force {
			// The workers' sequencer passes over a page its store holds
			// unchanged, and the stream over one it saw in ten minutes.
			return usageError("--force does not go with --queue: the workers would pass over the pages they hold unchanged; run storyline ingest --force --db DB without --queue")
		}
		return m.queueIngest(ctx, opt, fs.Args())
	}
	inputs, errs, err := expandInputs(opt.name, fs.Args())
	if err != nil {
		return err // nothing is read, and no store is made
	}
	store, err := m.openStore(ctx, m.dbPath(opt.db))
	if err != nil {
		return err
	}
	defer closeInto(&err, store)
	run := &ingestRun{m: m, store: store, opt: opt}
	return run.executeInputs(ctx, inputs, errs)
}

// expandInputs lists the inputs of the command line, with the paths that
// could not be read. It fails when the command line is wrong (--name
// without -), and when none of its paths exists: a mistyped path then
// makes no store and exits 1, where a run with some paths missing reads
// the others and exits 3. A path that exists but cannot be read (a link
// that loops, a folder without permission) is left to the run, which says
// why and goes on.
func expandInputs(stdinName string, paths []string) ([]ingest.Input, []error, error) {
	inputs, errs := ingest.ExpandOptions{StdinName: stdinName}.Expand(paths)
	for _, err := range errs {
		if storyline.ErrorCode(err) == storyline.EINVALID {
			return nil, nil, err
		}
	}
	if len(inputs) > 0 || len(errs) == 0 {
		return inputs, errs, nil
	}
	var missing []string
	for _, p := range paths {
		if _, err := os.Stat(p); !errors.Is(err, os.ErrNotExist) {
			return inputs, errs, nil
		}
		missing = append(missing, strconv.Quote(p))
	}
	return nil, nil, storyline.Errorf(storyline.ENOTFOUND, "nothing to read: %s: no such file or folder", strings.Join(missing, ", "))
}

// ingestRun is one execution of the ingest command: the engine does the
// work, ingestRun shows its progress and sums it up.
type ingestRun struct {
	m     *Main
	store storyline.Store
	opt   ingestOptions
	// stats, when set, receives the time of every stage (storyline bench).
	stats *pipeline.Stats
	// report is the engine's, once the run has ended.
	report *engine.Report
}

// execute reads the paths through the whole pipeline into the store.
func (r *ingestRun) execute(ctx context.Context, paths []string) error {
	inputs, errs, err := expandInputs(r.opt.name, paths)
	if err != nil {
		return err
	}
	return r.executeInputs(ctx, inputs, errs)
}

// executeInputs runs the inputs expandInputs listed; errs are the paths it
// could not read, reported and counted among the failures.
func (r *ingestRun) executeInputs(ctx context.Context, inputs []ingest.Input, errs []error) error {
	start := time.Now()
	paceCollector()
	p, err := r.m.newPipeline(r.opt.workers, r.stats)
	if err != nil {
		return err
	}
	eng, err := engine.New(ctx, r.store, p, engine.Options{
		Force: r.opt.force, MaxPageBytes: r.opt.maxPage, Now: r.m.Now, Logger: r.m.Logger,
		Cluster: r.opt.cluster,
	})
	if err != nil {
		return err
	}
	for _, err := range errs {
		r.reportInput(err)
	}
	var total int64
	for _, in := range inputs {
		total += max(in.Size, 0)
	}
	prog := newProgress(r.m.Stderr, r.m.IsTerminal && !r.opt.quiet, len(inputs), total)
	r.report, err = eng.Ingest(ctx, inputs, r.m.Stdin, engine.Observer{
		Bytes:     func(n int64) { prog.bytes.Add(n) },
		InputDone: func() { prog.files.Add(1) },
		Committed: func(_ string, articles []string) { prog.articles.Add(int64(len(articles))) },
		Failed:    r.reportInput,
		Ignored: func(err error) {
			r.m.tellInput("ignored", err)
		},
	})
	prog.Close()
	if err != nil {
		if ctx.Err() != nil && r.report != nil && !r.opt.quiet {
			fmt.Fprintf(r.m.Stderr, "stopped: %d pages into %d articles were stored before the signal; the same command again finishes the job\n",
				r.report.Pages, len(r.report.Articles))
		}
		return err
	}
	r.summary(time.Since(start), len(errs))
	if failed := len(errs) + len(r.report.Failed); failed > 0 {
		return &partialError{failed: failed}
	}
	return nil
}

// reportInput tells the user about an input that was skipped.
func (r *ingestRun) reportInput(err error) {
	r.m.tellInput("skipped", err)
	r.m.Logger.Debug("input skipped", "err", err)
}

func (r *ingestRun) summary(elapsed time.Duration, missing int) {
	if r.opt.quiet {
		return
	}
	rep := r.report
	empty := ""
	if rep.Empty > 0 {
		empty = fmt.Sprintf(", %d held no article", rep.Empty)
	}
	fmt.Fprintf(r.m.Stderr, "ingested %d pages into %d articles (%d pages unchanged, %d repeated ids skipped, %d inputs failed%s) in %s, %s articles/s\n",
		rep.Pages, len(rep.Articles), len(rep.Unchanged), rep.Repeated, missing+len(rep.Failed), empty, elapsed.Round(time.Millisecond),
		perSecond(len(rep.Articles), elapsed))
	if rep.Empty > 0 {
		fmt.Fprintf(r.m.Stderr, "pages that held no article are stored and passed over when run again; STORYLINE_LOG=info lists them\n")
	}
	if rep.Repeated > 0 {
		fmt.Fprintf(r.m.Stderr, "a page whose id an earlier page of the run had was skipped (the first is kept); STORYLINE_LOG=info names them\n")
	}
}

// ingestGCPercent is the collector's pace during an ingest (GOGC), where
// the runtime's default is 100. An ingest's live heap is small beside what
// it allocates: 40-90 MB over the text dev dumps, about 150 MB allocated a
// CPU-second. The NER model's 32 MB table of weights, no pointers to scan,
// used to sit in that heap and put each collection's goal 32 MB further
// off; once the model kept its live rows only (2.3 MB), the collections of
// a one-core bench of the text dev dumps went from 12 to 26 and their CPU
// from 66 to 115 ms (GODEBUG=gctrace=1). At 200 they are 12 again (54 ms),
// and the peak RSS 177 MiB, below the 207 MiB of the dense table.
const ingestGCPercent = 200

// paceCollector sets ingestGCPercent, unless GOGC says otherwise.
func paceCollector() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(ingestGCPercent)
	}
}
