package main

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"runtime"
	"sync"
	"time"

	"github.com/zeebo/xxh3"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/cluster"
	"github.com/storyline-news/storyline/entity"
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
	// queue, stream and wait: ingest --queue (queue_ingest.go).
	queue, stream string
	wait          bool
}

func (m *Main) runIngest(ctx context.Context, args []string) (err error) {
	fs := m.flags("ingest", "[--db PATH] [--quiet] PATH...", ingestAbout)
	var opt ingestOptions
	fs.StringVar(&opt.db, "db", "", dbFlagUsage)
	fs.BoolVar(&opt.quiet, "quiet", false, "print nothing but errors")
	fs.IntVar(&opt.workers, "workers", runtime.GOMAXPROCS(0), "pages processed at once")
	fs.BoolVar(&opt.force, "force", false, "reprocess pages even when they are already stored unchanged")
	fs.Int64Var(&opt.maxPage, "max-page-bytes", 32<<20, "skip (and report) any page, record or text line larger than this")
	fs.StringVar(&opt.queue, "queue", "", "put the pages on this NATS JetStream server (nats://HOST:PORT) for storyline worker")
	fs.StringVar(&opt.stream, "stream", queue.DefaultStream, "with --queue: the stream")
	fs.BoolVar(&opt.wait, "wait", false, "with --queue: return when every page is processed")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return usageError("ingest needs at least one PATH (a file, a folder, or - for stdin)")
	}
	if opt.queue != "" {
		return m.queueIngest(ctx, opt, fs.Args())
	}
	store, err := m.openStore(ctx, m.dbPath(opt.db))
	if err != nil {
		return err
	}
	defer closeInto(&err, store)
	run := &ingestRun{m: m, store: store, opt: opt}
	return run.execute(ctx, fs.Args())
}

// ingestRun is one execution of the ingest command.
type ingestRun struct {
	m     *Main
	store storyline.Store
	opt   ingestOptions
	prog  *progress
	// stats, when set, receives the time of every stage (storyline bench).
	stats     *pipeline.Stats
	linker    *entity.Linker
	clusterer *cluster.Clusterer

	pages, articles int
	unchanged       int // touched only by the reading goroutine until it ends
	// seen and repeated are the reading goroutine's too: a page id met twice
	// in one run (a WARC that fetched a URL twice, a JSON Lines id reused)
	// keeps its first page, so that running again changes nothing.
	seen     map[string]bool
	repeated int
	mu       sync.Mutex
	failed   int // inputs skipped; reported from both goroutines
	// changed holds the pages stored before with other content: their old
	// articles leave their stories before the new ones are assigned.
	changed sync.Map
}

func (r *ingestRun) execute(ctx context.Context, paths []string) error {
	start := time.Now()
	p, err := r.m.newPipeline(r.opt.workers, r.stats)
	if err != nil {
		return err
	}
	if err := r.restore(ctx); err != nil {
		return err
	}
	inputs, errs := ingest.Expand(paths)
	for _, err := range errs {
		r.reportInput(err)
	}
	var total int64
	for _, in := range inputs {
		total += max(in.Size, 0)
	}
	r.prog = newProgress(r.m.Stderr, r.m.IsTerminal && !r.opt.quiet, len(inputs), total)
	// When the pipeline stops early (a store error), the reader must stop
	// too rather than wait forever to hand on its next page.
	readCtx, stopReading := context.WithCancel(ctx)
	defer stopReading()
	pages := make(chan *storyline.Page, 64)
	readErr := make(chan error, 1)
	go func() {
		defer close(pages)
		readErr <- r.read(readCtx, inputs, pages)
	}()
	err = p.Run(ctx, pages, r.commit)
	stopReading()
	// A pipeline that finished normally drained the pages to the end, so the
	// reader had finished too and its error is its own, not the cancel above.
	if rerr := <-readErr; err == nil {
		err = rerr
	}
	if err == nil {
		err = r.relink(ctx)
	}
	r.prog.Close()
	if err != nil {
		return err
	}
	r.summary(time.Since(start))
	if r.failed > 0 {
		return &partialError{failed: r.failed}
	}
	return nil
}

// restore loads what the sequential steps need to know about the articles
// already stored, so this run continues where the last one stopped.
func (r *ingestRun) restore(ctx context.Context) error {
	r.linker = entity.NewLinker()
	err := r.store.EachEntity(ctx, func(e *storyline.Entity) error {
		r.linker.LearnName(storyline.EntityKey{Name: e.Name, Type: e.Type}, e.Mentions)
		return nil
	})
	if err != nil {
		return err
	}
	r.clusterer = cluster.New(cluster.DefaultOptions())
	return r.clusterer.Restore(ctx, r.store)
}

// relink gives the lone surnames stored earlier the full names that later
// articles revealed.
func (r *ingestRun) relink(ctx context.Context) error {
	renames := r.linker.Pending()
	if len(renames) == 0 {
		return nil
	}
	n, err := r.store.RenameEntities(ctx, renames)
	if err != nil {
		return err
	}
	r.linker.Forget(renames)
	r.m.Logger.Debug("relinked names", "names", len(renames), "articles", n)
	return nil
}

// read streams the pages of every input into out, skipping pages the store
// already holds unchanged.
func (r *ingestRun) read(ctx context.Context, inputs []ingest.Input, out chan<- *storyline.Page) error {
	r.seen = map[string]bool{}
	reader := &ingest.Reader{Stdin: r.m.Stdin, MaxPageBytes: r.opt.maxPage, OnBytes: func(n int64) { r.prog.bytes.Add(n) }}
	for _, in := range inputs {
		err := reader.Read(ctx, in, func(p *storyline.Page) error {
			return r.enqueue(ctx, p, out)
		})
		r.prog.files.Add(1)
		switch {
		case err == nil:
		case ctx.Err() != nil:
			return ctx.Err()
		case storyline.ErrorCode(err) != storyline.EINPUT:
			return err
		case errors.Is(err, ingest.ErrUnsupported) && !in.Explicit:
			// A stray file in a folder (a README, a JSON document) is
			// not news: say so, but it is no failed input.
			fmt.Fprintf(r.m.Stderr, "storyline: ignored: %v\n", err)
		default:
			r.reportInput(err)
		}
	}
	return nil
}

func (r *ingestRun) enqueue(ctx context.Context, p *storyline.Page, out chan<- *storyline.Page) error {
	if r.seen[p.ID] {
		r.repeated++
		r.m.Logger.Info("page id repeated in this run; the first page is kept", "id", p.ID, "path", p.Origin.Path)
		return nil
	}
	r.seen[p.ID] = true
	if !r.opt.force {
		stored, err := r.store.PageHash(ctx, p.ID)
		if err != nil {
			return err
		}
		if stored == pageHash(p) {
			r.unchanged++
			return nil
		}
		if stored != "" {
			r.changed.Store(p.ID, true)
		}
	}
	select {
	case out <- p:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// commit stores one processed page with everything derived from it.
func (r *ingestRun) commit(ctx context.Context, res pipeline.Result) error {
	if res.Err != nil {
		if storyline.ErrorCode(res.Err) == storyline.EINPUT {
			r.reportInput(res.Err)
			return nil
		}
		r.reportInput(fmt.Errorf("%s: %w", res.Page.ID, res.Err))
		return nil
	}
	c := &storyline.Commit{Page: storyline.PageRecord{
		ID:         res.Page.ID,
		Hash:       pageHash(res.Page),
		Format:     res.Page.Format,
		Path:       res.Page.Origin.Path,
		IngestedAt: r.m.Now().UTC(),
	}}
	for _, d := range res.Docs {
		r.linker.Link(d.Article)
		c.Articles = append(c.Articles, d.Article)
		c.Page.Articles = append(c.Page.Articles, d.Article.ID)
	}
	t0 := time.Now()
	var stories []*storyline.Story
	if _, changed := r.changed.LoadAndDelete(res.Page.ID); changed {
		stories = r.clusterer.ForgetPage(res.Page.ID)
	}
	assigned, err := r.clusterer.Assign(ctx, res.Docs)
	if err != nil {
		return err
	}
	r.stats.Record("cluster", bodyBytes(c.Articles), time.Since(t0))
	c.Stories, c.DeletedStories = storyChanges(append(stories, assigned...))
	t0 = time.Now()
	if err := r.store.Commit(ctx, c); err != nil {
		return err
	}
	r.stats.Record("commit", bodyBytes(c.Articles), time.Since(t0))
	r.pages++
	r.articles += len(c.Articles)
	r.prog.articles.Add(int64(len(c.Articles)))
	return nil
}

// reportInput tells the user about an input that was skipped.
func (r *ingestRun) reportInput(err error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.failed++
	fmt.Fprintf(r.m.Stderr, "storyline: skipped: %v\n", err)
	r.m.Logger.Debug("input skipped", "err", err)
}

func (r *ingestRun) summary(elapsed time.Duration) {
	if r.opt.quiet {
		return
	}
	rate := float64(r.articles) / max(elapsed.Seconds(), 1e-9)
	fmt.Fprintf(r.m.Stderr, "ingested %d pages into %d articles (%d pages unchanged, %d repeated ids skipped, %d inputs failed) in %s, %.0f articles/s\n",
		r.pages, r.articles, r.unchanged, r.repeated, r.failed, elapsed.Round(time.Millisecond), rate)
}

// pageHash fingerprints everything about a page that its articles are
// derived from, so an unchanged page is recognised and a changed one redone.
func pageHash(p *storyline.Page) string {
	h := xxh3.New()
	for _, s := range []string{string(p.Format), p.URL, p.Source, p.Title, p.Byline, p.Published} {
		h.WriteString(s)
		h.Write([]byte{0})
	}
	h.Write(p.Content())
	sum := h.Sum128().Bytes()
	return hex.EncodeToString(sum[:])
}

func bodyBytes(articles []*storyline.Article) int {
	n := 0
	for _, a := range articles {
		n += len(a.Body)
	}
	return n
}

// storyChanges splits the stories a page changed into those to write and
// those left empty, to delete; a story changed twice counts as it was last.
func storyChanges(stories []*storyline.Story) (write []*storyline.Story, deleted []string) {
	last := map[string]int{}
	for i, s := range stories {
		last[s.ID] = i
	}
	for i, s := range stories {
		switch {
		case last[s.ID] != i:
		case len(s.Articles) == 0:
			deleted = append(deleted, s.ID)
		default:
			write = append(write, s)
		}
	}
	return write, deleted
}
