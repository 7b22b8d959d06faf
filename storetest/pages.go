package storetest

import (
	"context"
	"slices"
	"testing"

	"github.com/storyline-news/storyline"
)

func testArticleRoundTrip(t *testing.T, s storyline.Store) {
	want := fullArticle(t, "dumps/treaty.txt#2")
	commit(t, s, page("dumps/treaty.txt", "h1", want))
	got := article(t, s, want.ID)
	sameJSON(t, "article", got, want)
	// Spot checks that do not depend on JSON, so a lossy MarshalJSON cannot hide a loss.
	if got.Body != want.Body || got.Dateline == nil || got.Dateline.Place != "Zürich" {
		t.Errorf("body or dateline lost: %+v", got.Dateline)
	}
	if got.PublishedAt == nil || !got.PublishedAt.Equal(*want.PublishedAt) {
		t.Errorf("published_at = %v, want %v", got.PublishedAt, want.PublishedAt)
	}
	if len(got.Entities) != 3 || len(got.Entities[0].Mentions) != 3 || got.Entities[0].Mentions[1] != want.Entities[0].Mentions[1] {
		t.Errorf("entities = %+v", got.Entities)
	}
	if len(got.Quotes) != 1 || got.Quotes[0] != want.Quotes[0] {
		t.Errorf("quotes = %+v, want %+v", got.Quotes, want.Quotes)
	}
	if len(got.Dates) != 1 || got.Dates[0] != want.Dates[0] {
		t.Errorf("dates = %+v", got.Dates)
	}
	if got.Origin != want.Origin || got.PublishedConfidence != want.PublishedConfidence {
		t.Errorf("origin %+v confidence %v", got.Origin, got.PublishedConfidence)
	}
}

func testSparseArticleRoundTrip(t *testing.T, s storyline.Store) {
	want := sparseArticle("notice.txt", bodyShort)
	commit(t, s, page("notice.txt", "h1", want))
	got := article(t, s, want.ID)
	sameJSON(t, "article", got, want)
	if got.Dateline != nil || got.PublishedAt != nil || got.Title != "" || got.Story != "" {
		t.Errorf("unknown fields came back set: %+v", got)
	}
}

func testPageHash(t *testing.T, s storyline.Store) {
	ctx := context.Background()
	if h, err := s.PageHash(ctx, "a.txt"); err != nil || h != "" {
		t.Fatalf("PageHash before commit = %q, %v; want \"\", nil", h, err)
	}
	commit(t, s, page("a.txt", "hash-1", sparseArticle("a.txt", bodyShort)))
	if h, err := s.PageHash(ctx, "a.txt"); err != nil || h != "hash-1" {
		t.Fatalf("PageHash after commit = %q, %v; want hash-1", h, err)
	}
	commit(t, s, page("a.txt", "hash-2", sparseArticle("a.txt", bodyFollowUp)))
	if h, _ := s.PageHash(ctx, "a.txt"); h != "hash-2" {
		t.Errorf("PageHash after re-commit = %q, want hash-2", h)
	}
	if h, _ := s.PageHash(ctx, "b.txt"); h != "" {
		t.Errorf("PageHash of another page = %q, want \"\"", h)
	}
}

func testEmptyPage(t *testing.T, s storyline.Store) {
	commit(t, s, page("menu.html", "h-empty"))
	if h, _ := s.PageHash(context.Background(), "menu.html"); h != "h-empty" {
		t.Errorf("a page without articles must still be recorded; PageHash = %q", h)
	}
	if n := count(t, s); n != 0 {
		t.Errorf("Count = %d, want 0", n)
	}
}

func testCommitTwice(t *testing.T, s storyline.Store) {
	c := page("dumps/treaty.txt", "h1", fullArticle(t, "dumps/treaty.txt#1"), followUp(t, "dumps/treaty.txt#2"))
	c.Stories = []*storyline.Story{story("s-000001", "dumps/treaty.txt#1", "dumps/treaty.txt#2")}
	commit(t, s, c)
	before := entities(t, s)
	commit(t, s, c)
	if n := count(t, s); n != 2 {
		t.Errorf("Count after committing twice = %d, want 2", n)
	}
	sameJSON(t, "entities after second commit", entities(t, s), before)
	st, err := s.Story(context.Background(), "s-000001")
	if err != nil || len(st.Articles) != 2 {
		t.Errorf("story after second commit = %+v, %v", st, err)
	}
}

func testRecommitReplaces(t *testing.T, s storyline.Store) {
	commit(t, s, page("two.txt", "h1", fullArticle(t, "two.txt#1"), followUp(t, "two.txt#2")))
	commit(t, s, page("other.txt", "h1", sparseArticle("other.txt", bodyShort)))
	replacement := sparseArticle("two.txt", bodyFollowUp)
	commit(t, s, page("two.txt", "h2", replacement))
	if got, want := articleIDs(t, s), []string{"other.txt", "two.txt"}; !slices.Equal(got, want) {
		t.Errorf("articles after re-commit = %v, want %v", got, want)
	}
	for _, id := range []string{"two.txt#1", "two.txt#2"} {
		_, err := s.Article(context.Background(), id)
		wantCode(t, "old article "+id, err, storyline.ENOTFOUND)
	}
	if es := entities(t, s); len(es) != 0 {
		t.Errorf("entities of replaced articles survive: %+v", es[0])
	}
}

func testArticleMovesPage(t *testing.T, s storyline.Store) {
	commit(t, s, page("first.txt", "h1", sparseArticle("shared-id", bodyShort)))
	moved := sparseArticle("shared-id", bodyFollowUp)
	commit(t, s, page("second.txt", "h1", moved))
	if got := article(t, s, "shared-id"); got.Body != bodyFollowUp {
		t.Errorf("last writer must win; body = %q", got.Body)
	}
	// Re-committing the first page empty must not delete what the second page now owns.
	commit(t, s, page("first.txt", "h2"))
	if n := count(t, s); n != 1 {
		t.Errorf("Count = %d, want 1", n)
	}
}

func testInvalidCommit(t *testing.T, s storyline.Store) {
	ctx := context.Background()
	err := s.Commit(ctx, page("", "h"))
	wantCode(t, "commit without page id", err, storyline.EINVALID)
	err = s.Commit(ctx, page("p.txt", "h", sparseArticle("", bodyShort)))
	wantCode(t, "commit of an article without id", err, storyline.EINVALID)
	if h, _ := s.PageHash(ctx, "p.txt"); h != "" {
		t.Errorf("a rejected commit left its page behind (hash %q)", h)
	}
}

// testBatchCommit commits several pages in one call, in order (a later page
// takes over an article id from an earlier one), and checks that a batch
// holding an invalid commit stores nothing of it.
func testBatchCommit(t *testing.T, s storyline.Store) {
	ctx := context.Background()
	err := s.Commit(ctx,
		page("a.txt", "h", sparseArticle("a.txt", bodyShort)),
		page("b.txt", "h", sparseArticle("b.txt", bodyShort)),
		page("c.txt", "h", sparseArticle("b.txt", bodyFollowUp)))
	if err != nil {
		t.Fatalf("batch commit: %v", err)
	}
	if got := articleIDs(t, s); !slices.Equal(got, []string{"a.txt", "b.txt"}) {
		t.Errorf("articles after the batch: %v, want a.txt and b.txt", got)
	}
	if got := article(t, s, "b.txt"); got.Body != bodyFollowUp {
		t.Errorf("the later page of the batch must win; body = %q", got.Body)
	}
	err = s.Commit(ctx, page("d.txt", "h", sparseArticle("d.txt", bodyShort)), page("", "h"))
	wantCode(t, "batch with an invalid commit", err, storyline.EINVALID)
	if h, _ := s.PageHash(ctx, "d.txt"); h != "" {
		t.Errorf("a rejected batch left its first page behind (hash %q)", h)
	}
	if err := s.Commit(ctx); err != nil {
		t.Errorf("an empty batch: %v", err)
	}
}
