package storyline

import (
	"context"
	"time"
)

// PageRecord remembers that a page was ingested, so that ingesting the same
// input again stores nothing twice.
type PageRecord struct {
	ID     string // the page's article id base (CONTRACT.md)
	Hash   string // hex digest of the page content
	Format Format
	Path   string
	// Articles are the ids of the articles cleaned out of the page; a page
	// that held no article is still recorded, with none.
	Articles   []string
	IngestedAt time.Time
}

// Commit is everything derived from one page: it is written in one
// transaction, so a killed ingest leaves either all of it or none of it.
type Commit struct {
	Page     PageRecord
	Articles []*Article
	// Stories are the stories the articles joined or changed, in full. The
	// stored articles a story lists are moved into it, so a merge of two
	// stories needs no rewrite of the older articles by the caller.
	Stories []*Story
	// DeletedStories are stories that were merged away.
	DeletedStories []string
}

// Validate reports, as an EINVALID error of op, a commit no store can write:
// one without a page id, or with an article or a story without an id.
func (c *Commit) Validate(op string) error {
	invalid := func(format string, args ...any) error { return OpErrorf(op, EINVALID, format, args...) }
	if c == nil || c.Page.ID == "" {
		return invalid("commit without a page id")
	}
	for i, a := range c.Articles {
		if a == nil || a.ID == "" {
			return invalid("page %s: article %d has no id", c.Page.ID, i)
		}
	}
	for i, s := range c.Stories {
		if s == nil || s.ID == "" {
			return invalid("page %s: story %d has no id", c.Page.ID, i)
		}
	}
	return nil
}

// PageStore is what ingest needs: to know what is already stored and to
// commit a page with its articles atomically.
type PageStore interface {
	// PageHash returns the content hash stored for a page id, or "" if the
	// page was never committed.
	PageHash(ctx context.Context, pageID string) (string, error)
	// Commit writes pages, each with everything derived from it, in one
	// transaction, in the order given, replacing what an earlier version of
	// each page produced. A batch is all or nothing: ingest groups pages
	// into one transaction for speed, and a killed run loses only the
	// batch it had not committed.
	Commit(ctx context.Context, cs ...*Commit) error
}

// ArticleReader is what exporters, the web API and later stages read.
type ArticleReader interface {
	// Article returns one article; an Error with code ENOTFOUND if it is absent.
	Article(ctx context.Context, id string) (*Article, error)
	// EachArticle calls fn for every article in id order, stopping at fn's first error.
	EachArticle(ctx context.Context, fn func(*Article) error) error
	// EachStory calls fn for every story in id order.
	EachStory(ctx context.Context, fn func(*Story) error) error
	// Story returns one story; ENOTFOUND if it is absent.
	Story(ctx context.Context, id string) (*Story, error)
	// EachEntity calls fn for every entity in the store, most mentioned first.
	EachEntity(ctx context.Context, fn func(*Entity) error) error
	// Count returns the number of stored articles.
	Count(ctx context.Context) (int, error)
}

// EntityRenamer rewrites canonical names in articles already stored, when
// the articles stored show what a short name stood for ("Rutte" → "Mark
// Rutte") or which type a name has.
type EntityRenamer interface {
	// Relink sets the entities and quote speakers of every stored article
	// to its LinkedNames (the names it was committed with) with renames
	// (old → new name and type) applied, and every story's entity list to
	// the list it was committed with, renamed alike, in one transaction. A
	// rename applied by an earlier Relink and absent from renames is thereby
	// undone. It returns the number of articles changed.
	Relink(ctx context.Context, renames map[EntityKey]EntityKey) (int, error)
}

// CommitReader reads the articles as they were committed, for the
// sequential steps (names linked across articles, stories) to take up where
// the last run stopped exactly as one run would have gone on.
type CommitReader interface {
	// EachCommitted calls fn for every article in the order the articles
	// were committed, each with its LinkedNames in place of the names it
	// shows (its story and duplicate mark as they stand), stopping at fn's
	// first error, which it returns unwrapped.
	EachCommitted(ctx context.Context, fn func(*Article) error) error
}

// Store is a complete storage backend: SQLite by default, PostgreSQL when
// scaled out. Every implementation passes the suite in storetest.
type Store interface {
	PageStore
	ArticleReader
	Searcher
	EntityRenamer
	CommitReader
	Close() error
}
