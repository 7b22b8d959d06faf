package engine

import (
	"context"
	"encoding/hex"
	"fmt"
	"time"

	"github.com/zeebo/xxh3"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/pipeline"
)

// Group commit: pages are stored in batches, one transaction each, so that
// what every transaction costs (the WAL frames of the index pages all pages
// touch, the full-text index flush) is paid once for many pages. A killed
// run loses at most the batch it had not committed; running it again
// finishes the job.
const (
	// batchPages and batchBytes (of article bodies) bound a batch: a few
	// seconds of work at the most, so a kill loses little. On text dumps
	// (300 pages a second on one core) batchDelay ends a batch before
	// batchPages does; batches of 64 pages spent 0.7 ms of Commit a page,
	// of 256 (ended by the delay) 0.5 ms (bench --workers 1 over the text
	// dev dumps: 292-301 articles per CPU-second against 302-326).
	batchPages = 256
	batchBytes = 4 << 20
	// batchDelay bounds how long a finished page waits for its batch, so
	// that a slow stream (a feed, a trickle on stdin) is still stored promptly.
	batchDelay = 500 * time.Millisecond
)

// commit runs the sequential steps over one processed page, in input order,
// and adds the page with everything derived from it to the batch to store.
func (r *run) commit(ctx context.Context, res pipeline.Result) error {
	if res.Err != nil {
		if storyline.ErrorCode(res.Err) != storyline.EINPUT {
			res.Err = fmt.Errorf("%s: %w", res.Page.ID, res.Err)
		}
		r.fail(res.Err)
		return nil
	}
	e := r.e
	c := &storyline.Commit{Page: storyline.PageRecord{
		ID:         res.Page.ID,
		Hash:       resultHash(res),
		Format:     res.Page.Format,
		Path:       res.Page.Origin.Path,
		IngestedAt: e.opt.Now().UTC(),
	}}
	_, changed := r.changed.LoadAndDelete(res.Page.ID)
	for _, d := range res.Docs {
		// An article stored before is replaced: the linker still counts
		// the names it was stored with.
		if changed || e.clusterer.Knows(d.Article.ID) {
			e.linkerStale = true
		}
		e.linker.Link(d.Article)
		c.Articles = append(c.Articles, d.Article)
		c.Page.Articles = append(c.Page.Articles, d.Article.ID)
	}
	if changed {
		e.linkerStale = true
	}
	t0 := time.Now()
	var stories []*storyline.Story
	if changed {
		stories = e.clusterer.ForgetPage(res.Page.ID)
	}
	assigned, err := e.clusterer.Assign(ctx, res.Docs)
	if err != nil {
		return err
	}
	e.pipe.Stats.Record("cluster", bodyBytes(c.Articles), time.Since(t0))
	c.Stories, c.DeletedStories = storyChanges(append(stories, assigned...))
	if len(r.batch) == 0 {
		r.batchStart = time.Now()
	}
	r.batch = append(r.batch, c)
	r.batchBytes += bodyBytes(c.Articles)
	if len(r.batch) >= batchPages || r.batchBytes >= batchBytes || time.Since(r.batchStart) >= batchDelay {
		return r.flush(ctx)
	}
	return nil
}

// flush stores the batch in one transaction.
func (r *run) flush(ctx context.Context) error {
	if len(r.batch) == 0 {
		return nil
	}
	t0 := time.Now()
	if err := r.e.store.Commit(ctx, r.batch...); err != nil {
		return err
	}
	r.e.pipe.Stats.RecordN("commit", len(r.batch), r.batchBytes, time.Since(t0))
	for _, c := range r.batch {
		r.rep.Pages++
		r.rep.Articles = append(r.rep.Articles, c.Page.Articles...)
		if len(c.Page.Articles) == 0 {
			r.rep.Empty++
			r.e.opt.Logger.Info("page held no article", "id", c.Page.ID, "path", c.Page.Path)
		}
		if r.obs.Committed != nil {
			r.obs.Committed(c.Page.ID, c.Page.Articles)
		}
	}
	r.batch, r.batchBytes = r.batch[:0], 0
	return nil
}

// PageHash fingerprints everything about a page that its articles are
// derived from, so an unchanged page is recognised and a changed one redone.
func PageHash(p *storyline.Page) string {
	h := xxh3.New()
	for _, s := range []string{string(p.Format), p.URL, p.Source, p.Title, p.Byline, p.Published} {
		h.WriteString(s)
		h.Write([]byte{0})
	}
	// p.Content(), read in place: a text page's Content is a copy, made
	// twice a page (on reading and on commit) for nothing but this
	if p.HTML != nil {
		h.Write(p.HTML)
	} else {
		h.WriteString(p.Text)
	}
	sum := h.Sum128().Bytes()
	return hex.EncodeToString(sum[:])
}

// resultHash is the content hash of a processed page: the one it came
// with when its content stayed behind, else its own.
func resultHash(res pipeline.Result) string {
	if res.Hash != "" {
		return res.Hash
	}
	return PageHash(res.Page)
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
