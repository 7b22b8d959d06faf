package storetest

import (
	"context"
	"fmt"
	"sync"
	"testing"

	"github.com/storyline-news/storyline"
)

func testNotFound(t *testing.T, s storyline.Store) {
	ctx := context.Background()
	commit(t, s, page("here.txt", "h", sparseArticle("here.txt", bodyShort)))
	_, err := s.Article(ctx, "missing.txt")
	wantCode(t, "Article(missing)", err, storyline.ENOTFOUND)
	_, err = s.Story(ctx, "s-missing")
	wantCode(t, "Story(missing)", err, storyline.ENOTFOUND)
}

func testCancelledContext(t *testing.T, s storyline.Store) {
	commit(t, s, page("here.txt", "h", sparseArticle("here.txt", bodyShort)))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	calls := []struct {
		name string
		err  func() error
	}{
		{"Commit", func() error { return s.Commit(ctx, page("new.txt", "h", sparseArticle("new.txt", bodyShort))) }},
		{"PageHash", func() error { _, err := s.PageHash(ctx, "here.txt"); return err }},
		{"Article", func() error { _, err := s.Article(ctx, "here.txt"); return err }},
		{"EachArticle", func() error { return s.EachArticle(ctx, func(*storyline.Article) error { return nil }) }},
		{"EachStory", func() error { return s.EachStory(ctx, func(*storyline.Story) error { return nil }) }},
		{"EachEntity", func() error { return s.EachEntity(ctx, func(*storyline.Entity) error { return nil }) }},
		{"Count", func() error { _, err := s.Count(ctx); return err }},
	}
	for _, c := range calls {
		if err := c.err(); err == nil {
			t.Errorf("%s with a cancelled context returned no error", c.name)
		}
	}
	if h, _ := s.PageHash(context.Background(), "new.txt"); h != "" {
		t.Errorf("a commit with a cancelled context was stored")
	}
}

// testConcurrentCommits commits from several goroutines while others read:
// every commit must land, none may fail with a busy or locked error.
func testConcurrentCommits(t *testing.T, s storyline.Store) {
	const writers, perWriter = 4, 12
	ctx := context.Background()
	var wg sync.WaitGroup
	errs := make(chan error, writers*perWriter+writers)
	for g := range writers {
		wg.Go(func() {
			for i := range perWriter {
				id := pageID(g, i)
				c := page(id, "h", fullArticle(t, id+"#1"), followUp(t, id+"#2"))
				c.Stories = []*storyline.Story{story(fmt.Sprintf("s-%d", i), id+"#1")}
				if err := s.Commit(ctx, c); err != nil {
					errs <- err
				}
			}
		})
		wg.Go(func() {
			for range perWriter {
				if _, err := s.Count(ctx); err != nil {
					errs <- err
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if n := count(t, s); n != 2*writers*perWriter {
		t.Errorf("Count = %d, want %d", n, 2*writers*perWriter)
	}
	if es := entities(t, s); len(es) == 0 || es[0].Articles != 2*writers*perWriter {
		t.Errorf("entity counts after concurrent commits: %+v", es)
	}
}
