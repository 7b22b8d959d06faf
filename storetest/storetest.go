// Package storetest is the conformance suite every storyline.Store backend
// must pass (SQLite now, PostgreSQL later): one behaviour, tested once.
package storetest

import (
	"context"
	"encoding/json"
	"testing"

	"github.com/storyline-news/storyline"
)

// Run runs the conformance suite against stores that open returns (a fresh,
// empty store per call). open should register the store's cleanup with t;
// Run closes nothing itself.
func Run(t *testing.T, open func(t *testing.T) storyline.Store) {
	cases := []struct {
		name string
		fn   func(*testing.T, storyline.Store)
	}{
		{"ArticleRoundTrip", testArticleRoundTrip},
		{"SparseArticleRoundTrip", testSparseArticleRoundTrip},
		{"PageHash", testPageHash},
		{"EmptyPage", testEmptyPage},
		{"CommitTwice", testCommitTwice},
		{"RecommitReplaces", testRecommitReplaces},
		{"ArticleMovesPage", testArticleMovesPage},
		{"InvalidCommit", testInvalidCommit},
		{"BatchCommit", testBatchCommit},
		{"EachArticleOrder", testEachArticleOrder},
		{"EachArticleStops", testEachArticleStops},
		{"StoryRoundTrip", testStoryRoundTrip},
		{"StoryUpsertReplacesArticles", testStoryUpsert},
		{"EachStoryOrderAndStop", testEachStory},
		{"StoryMovesArticles", testStoryMovesArticles},
		{"BatchMovesAsOneByOne", testBatchMovesAsOneByOne},
		{"EntityAggregation", testEntityAggregation},
		{"EntityOrdering", testEntityOrdering},
		{"EntitiesFollowRecommit", testEntitiesFollowRecommit},
		{"Relink", testRelink},
		{"EachCommitted", testEachCommitted},
		{"NotFound", testNotFound},
		{"CancelledContext", testCancelledContext},
		{"ConcurrentCommits", testConcurrentCommits},
		{"SearchText", testSearchText},
		{"SearchRanking", testSearchRanking},
		{"SearchFilters", testSearchFilters},
		{"SearchPaging", testSearchPaging},
		{"Stories", testStories},
		{"Quotes", testQuotes},
		{"QuotesPaged", testQuotesPaged},
		{"EntityLookup", testEntityLookup},
		{"QuotesFollowRenames", testQuotesFollowRenames},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { c.fn(t, open(t)) })
	}
}

func commit(t *testing.T, s storyline.Store, c *storyline.Commit) {
	t.Helper()
	if err := s.Commit(context.Background(), c); err != nil {
		t.Fatalf("Commit(%s): %v", c.Page.ID, err)
	}
}

func count(t *testing.T, s storyline.Store) int {
	t.Helper()
	n, err := s.Count(context.Background())
	if err != nil {
		t.Fatalf("Count: %v", err)
	}
	return n
}

func article(t *testing.T, s storyline.Store, id string) *storyline.Article {
	t.Helper()
	a, err := s.Article(context.Background(), id)
	if err != nil {
		t.Fatalf("Article(%s): %v", id, err)
	}
	return a
}

func articleIDs(t *testing.T, s storyline.Store) []string {
	t.Helper()
	var ids []string
	err := s.EachArticle(context.Background(), func(a *storyline.Article) error {
		ids = append(ids, a.ID)
		return nil
	})
	if err != nil {
		t.Fatalf("EachArticle: %v", err)
	}
	return ids
}

func entities(t *testing.T, s storyline.Store) []*storyline.Entity {
	t.Helper()
	var es []*storyline.Entity
	err := s.EachEntity(context.Background(), func(e *storyline.Entity) error {
		es = append(es, e)
		return nil
	})
	if err != nil {
		t.Fatalf("EachEntity: %v", err)
	}
	return es
}

// sameJSON compares two values by their JSON form, which is what the export
// contract sees (time zones and nil-versus-empty lists included).
func sameJSON(t *testing.T, what string, got, want any) {
	t.Helper()
	g, err := json.Marshal(got)
	if err != nil {
		t.Fatalf("%s: marshal got: %v", what, err)
	}
	w, err := json.Marshal(want)
	if err != nil {
		t.Fatalf("%s: marshal want: %v", what, err)
	}
	if string(g) != string(w) {
		t.Errorf("%s differs:\n got %s\nwant %s", what, g, w)
	}
}

func wantCode(t *testing.T, what string, err error, code string) {
	t.Helper()
	if got := storyline.ErrorCode(err); got != code {
		t.Errorf("%s: error code %q (err %v), want %q", what, got, err, code)
	}
}
