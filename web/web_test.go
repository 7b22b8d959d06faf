package web_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/sqlite"
	"github.com/storyline-news/storyline/web"
)

// Fixture ids hold the characters that paths must escape.
const (
	artID    = "dir/page.txt#2"
	storyID  = "s/1#x"
	band     = "AC/DC"
	hostile  = `<script>alert("t")</script><img src=x onerror=alert(1)>`
	bodyText = "The Harbour Council met on Monday. AC/DC said: \"We will play the harbour.\" Nothing else happened."
)

func openStore(t testing.TB) *sqlite.DB {
	t.Helper()
	db, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "web.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func runes(s, sub string) storyline.Span {
	i := strings.Index(s, sub)
	start := len([]rune(s[:i]))
	return storyline.Span{Start: start, End: start + len([]rune(sub))}
}

func seed(t testing.TB, db *sqlite.DB) {
	t.Helper()
	q := runes(bodyText, "We will play the harbour.")
	a := &storyline.Article{ID: artID, Origin: storyline.Origin{Path: "dir/page.txt", Part: 2},
		Title: "Council meets " + hostile, Source: "harbour.example", URL: "https://harbour.example/a",
		Published: "2026-03-02", PublishedConfidence: 0.9, PublishedEvidence: "meta", Body: bodyText, Story: storyID,
		Language: "en", Stages: []string{"lang", "text", "ner", "entity", "quote"},
		Entities: []storyline.ArticleEntity{
			{Name: "Harbour Council", Type: storyline.Org, Mentions: []storyline.Span{runes(bodyText, "Harbour Council")}},
			{Name: band, Type: storyline.Org, Mentions: []storyline.Span{runes(bodyText, "AC/DC")}},
		},
		Quotes: []storyline.Quote{{Text: "We will play the harbour.", Speaker: band, Cue: "said", Kind: storyline.QuoteDirect, Start: q.Start, End: q.End}},
	}
	b := &storyline.Article{ID: "other.txt", Origin: storyline.Origin{Path: "other.txt"}, Title: "Copy", Body: bodyText,
		Published: "2026-03-03", Story: storyID, DuplicateOf: artID, Language: "de", Stages: []string{"lang", "text"},
		Problems: []string{"body cut at 1 MB for the quote stage"}}
	c := &storyline.Commit{Page: storyline.PageRecord{ID: "dir/page.txt", Hash: "h"}, Articles: []*storyline.Article{a, b},
		Stories: []*storyline.Story{{ID: storyID, Title: "Council meets " + hostile, Articles: []string{artID, "other.txt"},
			Sources: []string{"harbour.example"}, FirstPublished: "2026-03-02", LastPublished: "2026-03-03",
			Entities: []string{"Harbour Council", band}}}}
	if err := db.Commit(context.Background(), c); err != nil {
		t.Fatal(err)
	}
}

// storeIngester stores the body as one article named name: enough to test
// the HTTP side of ingest on the real store.
type storeIngester struct{ db *sqlite.DB }

func (s storeIngester) Ingest(ctx context.Context, name string, body io.Reader) (storyline.IngestResult, error) {
	b, err := io.ReadAll(body)
	if err != nil {
		return storyline.IngestResult{}, err
	}
	a := &storyline.Article{ID: name, Origin: storyline.Origin{Path: name}, Title: name, Body: string(b)}
	err = s.db.Commit(ctx, &storyline.Commit{Page: storyline.PageRecord{ID: name, Hash: "x"}, Articles: []*storyline.Article{a}})
	return storyline.IngestResult{Pages: 1, Articles: []string{name}}, err
}

func newServer(t testing.TB, token string, maxBody int64) (*httptest.Server, *sqlite.DB) {
	t.Helper()
	db := openStore(t)
	seed(t, db)
	s, err := web.New(web.Options{Store: db, Ingester: storeIngester{db}, Token: token, MaxIngestBytes: maxBody})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s)
	t.Cleanup(ts.Close)
	return ts, db
}

func get(t *testing.T, ts *httptest.Server, path string) (*http.Response, []byte) {
	t.Helper()
	resp, err := http.Get(ts.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp, body
}

func errorCode(t *testing.T, body []byte) string {
	t.Helper()
	var env struct {
		Error struct{ Code, Message string }
	}
	if err := json.Unmarshal(body, &env); err != nil || env.Error.Message == "" {
		t.Errorf("not an error envelope: %s (%v)", body, err)
	}
	return env.Error.Code
}

func TestAPI(t *testing.T) {
	ts, _ := newServer(t, "", 0)
	esc := url.PathEscape
	tests := []struct {
		path   string
		status int
		code   string // error code, or a string the answer holds
	}{
		{"/api/stories", 200, `"id":"s/1#x"`},
		{"/api/stories?entity=" + url.QueryEscape(band), 200, `"total":1`},
		{"/api/stories?source=nowhere", 200, `"stories":[]`},
		{"/api/stories/" + esc(storyID), 200, `"comparison":null`},
		{"/api/stories/missing", 404, "not_found"},
		{"/api/articles/" + esc(artID), 200, `"id":"dir/page.txt#2"`},
		{"/api/articles/" + esc("other.txt"), 200, `"duplicate_of":"dir/page.txt#2"`},
		{"/api/articles/dir%2Fnope.txt%231", 404, "not_found"},
		{"/api/search?q=harbour", 200, `<mark>`},
		{"/api/search?q=harbour&source=harbour.example", 200, `"total":1`},
		{"/api/search?q=" + url.QueryEscape(`"play the harbour"`), 200, `"total":2`},
		{"/api/search?q=harbour&limit=abc", 400, "bad_request"},
		{"/api/search?q=harbour&limit=100000", 400, "bad_request"},
		{"/api/search?cursor=garbage", 400, "bad_request"},
		{"/api/search?from=March", 400, "bad_request"},
		{"/api/entities/" + esc(band), 200, `"text":"We will play the harbour."`},
		{"/api/entities/Nobody", 404, "not_found"},
		{"/api/quotes?speaker=" + url.QueryEscape(band), 200, `"speaker":"AC/DC"`},
		{"/api/quotes?story=" + url.QueryEscape(storyID) + "&q=PLAY", 200, `"kind":"direct"`},
		{"/api/quotes?limit=-1", 400, "bad_request"},
		{"/api/nope", 404, "not_found"},
		{"/api/stories/" + esc(storyID) + "/extra", 404, "not_found"},
		{"/api/openapi.json", 200, `"openapi": "3.1.0"`},
		{"/healthz", 200, "ok"},
	}
	for _, tt := range tests {
		resp, body := get(t, ts, tt.path)
		if resp.StatusCode != tt.status {
			t.Errorf("GET %s: status %d, want %d (%s)", tt.path, resp.StatusCode, tt.status, body)
			continue
		}
		if tt.status >= 400 {
			if code := errorCode(t, body); code != tt.code {
				t.Errorf("GET %s: error code %q, want %q", tt.path, code, tt.code)
			}
			continue
		}
		if !strings.Contains(string(body), tt.code) {
			t.Errorf("GET %s: answer lacks %s: %.400s", tt.path, tt.code, body)
		}
	}
	_, metrics := get(t, ts, "/metrics")
	for _, want := range []string{
		`storyline_http_requests_total{route="GET /api/search",status="400"} 4`,
		`storyline_http_request_duration_seconds_count{route="GET /api/articles/{id}"} 3`,
		`storyline_ingest_requests_total{outcome="ok"} 0`,
	} {
		if !strings.Contains(string(metrics), want) {
			t.Errorf("metrics lack %s:\n%s", want, metrics)
		}
	}
}

func post(t *testing.T, ts *httptest.Server, path, auth string, body io.Reader) (*http.Response, []byte) {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, ts.URL+path, body)
	if err != nil {
		t.Fatal(err)
	}
	if auth != "" {
		req.Header.Set("Authorization", auth)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp, b
}

// chunked hides its length, so the server meets the limit while reading.
type chunked struct{ io.Reader }

func TestIngestAuthAndLimits(t *testing.T) {
	readOnly, _ := newServer(t, "", 0)
	if resp, body := post(t, readOnly, "/api/ingest?name=a.txt", "Bearer anything", strings.NewReader("x")); resp.StatusCode != 403 || errorCode(t, body) != "forbidden" {
		t.Errorf("read-only server: %d %s, want 403 forbidden", resp.StatusCode, body)
	}
	ts, db := newServer(t, "s3cret", 64)
	tests := []struct {
		name, path, auth string
		body             io.Reader
		status           int
		code             string
	}{
		{"no token", "/api/ingest?name=a.txt", "", strings.NewReader("x"), 401, "unauthorized"},
		{"wrong token", "/api/ingest?name=a.txt", "Bearer s3cre", strings.NewReader("x"), 401, "unauthorized"},
		{"not bearer", "/api/ingest?name=a.txt", "Basic czNjcmV0", strings.NewReader("x"), 401, "unauthorized"},
		{"no name", "/api/ingest", "Bearer s3cret", strings.NewReader("x"), 400, "bad_request"},
		{"folder in name", "/api/ingest?name=" + url.QueryEscape("../a.txt"), "Bearer s3cret", strings.NewReader("x"), 400, "bad_request"},
		{"too large", "/api/ingest?name=a.txt", "Bearer s3cret", strings.NewReader(strings.Repeat("x", 65)), 413, "too_large"},
		{"too large, chunked", "/api/ingest?name=a.txt", "Bearer s3cret", chunked{strings.NewReader(strings.Repeat("x", 65))}, 413, "too_large"},
		{"ok", "/api/ingest?name=a.txt", "Bearer s3cret", strings.NewReader("Ferry news."), 200, `"articles":["a.txt"]`},
		{"scheme in lower case", "/api/ingest?name=b.txt", "bearer s3cret", strings.NewReader("Harbour news."), 200, `"articles":["b.txt"]`},
	}
	for _, tt := range tests {
		resp, body := post(t, ts, tt.path, tt.auth, tt.body)
		if resp.StatusCode != tt.status {
			t.Errorf("%s: status %d, want %d (%s)", tt.name, resp.StatusCode, tt.status, body)
			continue
		}
		if tt.status == 401 && resp.Header.Get("WWW-Authenticate") == "" {
			t.Errorf("%s: 401 without WWW-Authenticate", tt.name)
		}
		if tt.status >= 400 {
			if code := errorCode(t, body); code != tt.code {
				t.Errorf("%s: code %q, want %q", tt.name, code, tt.code)
			}
		} else if !strings.Contains(string(body), tt.code) {
			t.Errorf("%s: answer %s lacks %s", tt.name, body, tt.code)
		}
	}
	if n, _ := db.Count(context.Background()); n != 4 {
		t.Errorf("store holds %d articles, want 4, two of them written (the refused writes must store nothing)", n)
	}
	if resp, _ := get(t, ts, "/api/articles/a.txt"); resp.StatusCode != 200 {
		t.Errorf("ingested article not served: %d", resp.StatusCode)
	}
}

func TestPages(t *testing.T) {
	ts, _ := newServer(t, "", 0)
	esc := url.PathEscape
	tests := []struct {
		path   string
		status int
		want   []string
		lack   []string
	}{
		// The icon is inline: no page costs a /favicon.ico request and its 404.
		{"/", 200, []string{"Latest stories", `href="/stories/s%2F1%23x"`, "2 articles", "harbour.example", `<link rel="icon" href="data:,">`}, nil},
		// Past the last story (an old or edited cursor) the store is not empty.
		{"/?cursor=" + storyline.NextCursor(100), 200, []string{"No more stories"}, []string{"No stories yet"}},
		{"/stories/" + esc(storyID), 200, []string{"Sources side by side", "Who said what", `href="/entities/AC%2FDC"`,
			"We will play the harbour.", `href="https://harbour.example/a"`, "copy of"}, nil},
		{"/articles/" + esc(artID), 200, []string{`<span class="quote" title="AC/DC">`, `class="ent ent-org"`,
			"confidence 90%, from meta", `href="/articles/other.txt"`, "stages run: lang, text, ner, entity, quote"}, nil},
		{"/articles/other.txt", 200, []string{"de <span", "stages run: lang, text", "No entities or quotes", "body cut at 1 MB"}, nil},
		{"/entities/" + esc(band), 200, []string{"<svg", "<rect", "Quotes (1)", "We will play the harbour.", "1 mention in 1 article<", "2 articles"},
			[]string{"1 articles", "1 mentions"}},
		{"/search?q=harbour", 200, []string{"<mark>harbour</mark>", "2 articles", `href="/search?q=harbour&amp;source=harbour.example"`}, nil},
		{"/search?q=harbour&source=harbour.example", 200, []string{"1 article", "source: harbour.example"}, nil},
		{"/search?from=bad", 400, []string{"date filter"}, nil},
		{"/stories/nope", 404, []string{"Not found"}, nil},
		{"/no/such/page", 404, []string{"Not found"}, nil},
	}
	for _, tt := range tests {
		resp, body := get(t, ts, tt.path)
		page := string(body)
		if resp.StatusCode != tt.status {
			t.Errorf("GET %s: status %d, want %d", tt.path, resp.StatusCode, tt.status)
		}
		if csp := resp.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'self'") || strings.Contains(csp, "unsafe-inline") {
			t.Errorf("GET %s: CSP %q", tt.path, csp)
		}
		for _, w := range tt.want {
			if !strings.Contains(page, w) {
				t.Errorf("GET %s: page lacks %q", tt.path, w)
			}
		}
		for _, w := range tt.lack {
			if strings.Contains(page, w) {
				t.Errorf("GET %s: page says %q", tt.path, w)
			}
		}
		// Page text is hostile: it must come out as text, never as markup.
		if strings.Contains(page, "<script>alert") || strings.Contains(page, "<img src=x") {
			t.Errorf("GET %s: hostile title rendered as markup", tt.path)
		}
		if strings.Contains(page, "<script>") || strings.Contains(page, " style=") {
			t.Errorf("GET %s: inline script or style", tt.path)
		}
	}
	if resp, body := get(t, ts, "/static/style.css"); resp.StatusCode != 200 || !strings.Contains(string(body), ".body") {
		t.Errorf("style.css: %d", resp.StatusCode)
	}
}

// TestOddIDs: ids that are URLs or hold dot segments reach their article,
// escaped as url.PathEscape does, with no redirect.
func TestOddIDs(t *testing.T) {
	ts, db := newServer(t, "", 0)
	ids := []string{"https://news.example/a//b?x=1#frag", "a/../b", "..", ".", "./x", "100%.txt", "sp ace+plus", "ünï/çødé"}
	for _, id := range ids {
		a := &storyline.Article{ID: id, Origin: storyline.Origin{Path: id}, Body: "Odd id."}
		if err := db.Commit(context.Background(), &storyline.Commit{Page: storyline.PageRecord{ID: id, Hash: "h"}, Articles: []*storyline.Article{a}}); err != nil {
			t.Fatal(err)
		}
	}
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	for _, id := range ids {
		for _, prefix := range []string{"/api/articles/", "/articles/"} {
			resp, err := client.Get(ts.URL + prefix + url.PathEscape(id))
			if err != nil {
				t.Fatal(err)
			}
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != 200 || !strings.Contains(string(body), "Odd id.") {
				t.Errorf("GET %s%s: %d %.200s", prefix, url.PathEscape(id), resp.StatusCode, body)
			}
		}
	}
}

// swallowingIngester reports a read error as a skipped input, as the
// engine does for an input it cannot read.
type swallowingIngester struct{}

func (swallowingIngester) Ingest(ctx context.Context, name string, body io.Reader) (storyline.IngestResult, error) {
	if _, err := io.ReadAll(body); err != nil {
		return storyline.IngestResult{Failed: []storyline.IngestFailure{{Input: name, Error: err.Error()}}}, nil
	}
	return storyline.IngestResult{Pages: 1, Articles: []string{name}}, nil
}

func TestIngestTooLargeWhateverTheIngesterSays(t *testing.T) {
	db := openStore(t)
	s, err := web.New(web.Options{Store: db, Ingester: swallowingIngester{}, Token: "t", MaxIngestBytes: 10})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s)
	defer ts.Close()
	resp, body := post(t, ts, "/api/ingest?name=a.txt", "Bearer t", chunked{strings.NewReader(strings.Repeat("x", 11))})
	if resp.StatusCode != http.StatusRequestEntityTooLarge || errorCode(t, body) != "too_large" {
		t.Errorf("oversized body: %d %s, want 413 too_large", resp.StatusCode, body)
	}
}

// TestUntitledArticle: an article whose page gave no headline is called by
// the opening of its body, on its own page, in its story and in the list of
// stories, not by its id.
func TestUntitledArticle(t *testing.T) {
	ts, db := newServer(t, "", 0)
	const id, story = "untitled-0001.txt", "s-untitled"
	body := "Harbour cranes stood idle on Tuesday as the dockers' strike entered its third week, and no ship was unloaded."
	a := &storyline.Article{ID: id, Origin: storyline.Origin{Path: id}, Body: body, Story: story, Published: "2026-03-04"}
	c := &storyline.Commit{Page: storyline.PageRecord{ID: id, Hash: "u"}, Articles: []*storyline.Article{a},
		Stories: []*storyline.Story{{ID: story, Articles: []string{id}, FirstPublished: "2026-03-04", LastPublished: "2026-03-04"}}}
	if err := db.Commit(context.Background(), c); err != nil {
		t.Fatal(err)
	}
	opening := "Harbour cranes stood idle on Tuesday as the dockers&#39; strike entered its third we…"
	for _, path := range []string{"/articles/" + id, "/stories/" + story} {
		resp, err := http.Get(ts.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		page, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if !strings.Contains(string(page), "<h1>"+opening+"</h1>") {
			t.Errorf("GET %s: no heading %q in %.300s", path, opening, page)
		}
	}
	resp, err := http.Get(ts.URL + "/")
	if err != nil {
		t.Fatal(err)
	}
	page, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !strings.Contains(string(page), ">"+opening+"</a>") {
		t.Errorf("GET /: no story listed as %q in %s", opening, page)
	}
}

// TestStoryComparison: a story page shows each figure by value, with a bar
// for the share of its statements, marks the words one outlet's wording of
// an utterance adds, and says when the comparison read fewer articles than
// the story has.
func TestStoryComparison(t *testing.T) {
	db := openStore(t)
	seed(t, db)
	fv := func(article, src, text string, v float64) storyline.FigureValue {
		return storyline.FigureValue{Report: storyline.Report{Article: article, Source: src, Text: text}, Value: v}
	}
	fill := func(s *storyline.Story, arts []*storyline.Article) {
		s.Comparison = &storyline.Comparison{Compared: 1, Figures: []storyline.Figure{{What: "pirates", Values: []storyline.FigureValue{
			fv(artID, "harbour.example", "26 pirates", 26), fv("other.txt", "", "23 pirates "+hostile, 23), fv("x", "x.example", "26 Somali pirates", 26)}}},
			Quotes: []storyline.Utterance{{Speaker: band, Wording: storyline.WordingVariant, Reports: []storyline.Report{
				{Article: artID, Source: "harbour.example", Text: "We will play the harbour"},
				{Article: "other.txt", Text: "We will play the harbour tonight " + hostile}}}},
			SingleSource: []storyline.SingleItem{{Report: storyline.Report{Article: artID, Source: "harbour.example", Text: "We will play"}, Kind: "quote"},
				{Report: storyline.Report{Article: artID, Source: "harbour.example", Text: "3 ships"}, Kind: "figure"}}}
	}
	s, err := web.New(web.Options{Store: db, FillStory: fill})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s)
	t.Cleanup(ts.Close)
	_, body := get(t, ts, "/stories/"+url.PathEscape(storyID))
	page := string(body)
	for _, want := range []string{"compared over 1 of the story's 2 articles", "sources disagree",
		`<th scope="row">26</th>`, "2 articles", `<rect class="share-bar" width="66.66666666666667"`, `<th scope="row">23</th>`, "1 article<",
		"<summary><span class=\"outlet\">harbour.example</span> <span class=\"meta\">1 quote, 1 figure</span></summary>",
		"“26 pirates” · “26 Somali pirates”", `harbour <mark class="own">tonight &lt;script&gt;alert`, "marked: words the closest other report does not print"} {
		if !strings.Contains(page, want) {
			t.Errorf("story page lacks %q", want)
		}
	}
	if strings.Contains(page, "<script>alert") || strings.Contains(page, " style=") {
		t.Error("hostile figure text rendered as markup, or an inline style")
	}
}

// brokenStore answers every story lookup with an error of its own, as a
// store whose database went away does.
type brokenStore struct{ web.Store }

func (brokenStore) Story(context.Context, string) (*storyline.Story, error) {
	return nil, errors.New("relation \"stories\" does not exist")
}

// TestStoreGone: a server whose store fails says so on /healthz (503) and
// logs the cause of a 500, which the client is not told.
func TestStoreGone(t *testing.T) {
	db := openStore(t)
	var logs bytes.Buffer
	s, err := web.New(web.Options{Store: brokenStore{db}, Logger: slog.New(slog.NewTextHandler(&logs, nil))})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s)
	defer ts.Close()
	if resp, body := get(t, ts, "/healthz"); resp.StatusCode != http.StatusServiceUnavailable {
		t.Errorf("/healthz of a broken store: %d %s, want 503", resp.StatusCode, body)
	}
	resp, body := get(t, ts, "/api/stories/s-1")
	if resp.StatusCode != http.StatusInternalServerError || strings.Contains(string(body), "relation") {
		t.Errorf("a story of a broken store: %d %s, want 500 without the cause", resp.StatusCode, body)
	}
	if !strings.Contains(logs.String(), "level=ERROR") || !strings.Contains(logs.String(), `relation \"stories\" does not exist`) {
		t.Errorf("the cause is not logged:\n%s", logs.String())
	}
	ok := httptest.NewServer(mustServer(t, web.Options{Store: db}))
	defer ok.Close()
	if resp, body := get(t, ok, "/healthz"); resp.StatusCode != http.StatusOK || string(body) != "ok\n" {
		t.Errorf("/healthz of a working store: %d %q", resp.StatusCode, body)
	}
}

// TestEntityQuotesBounded: the page of a speaker quoted more often than it
// lists shows the newest quotes and links to all of them; it listed every
// quote, so its size grew with the store.
func TestEntityQuotesBounded(t *testing.T) {
	db := openStore(t)
	const speaker, quotes = "Kaja Kallas", 150 // more than the page lists
	var body strings.Builder
	var qs []storyline.Quote
	for i := range quotes {
		text := fmt.Sprintf("We agreed on point %d.", i)
		start := len([]rune(body.String())) + 1
		fmt.Fprintf(&body, "\"%s\" Kallas said. ", text)
		qs = append(qs, storyline.Quote{Text: text, Speaker: speaker, Cue: "said", Kind: storyline.QuoteDirect,
			Start: start, End: start + len([]rune(text))})
	}
	a := &storyline.Article{ID: "kallas.txt", Origin: storyline.Origin{Path: "kallas.txt"}, Title: "Kallas", Body: body.String(),
		Published: "2026-01-21", Language: "en", Quotes: qs,
		Entities: []storyline.ArticleEntity{{Name: speaker, Type: storyline.Person, Mentions: []storyline.Span{{Start: 0, End: 1}}}}}
	if err := db.Commit(context.Background(), &storyline.Commit{Page: storyline.PageRecord{ID: a.ID, Hash: "h"},
		Articles: []*storyline.Article{a}}); err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(mustServer(t, web.Options{Store: db}))
	defer ts.Close()
	resp, b := get(t, ts, "/entities/"+url.PathEscape(speaker))
	page := string(b)
	if n := strings.Count(page, "<li><q>"); resp.StatusCode != 200 || n == 0 || n >= quotes {
		t.Errorf("%s: %d, %d of %d quotes listed, want fewer than all", speaker, resp.StatusCode, n, quotes)
	}
	if !strings.Contains(page, "Quotes (the newest ") || !strings.Contains(page, `href="/api/quotes?speaker=Kaja%20Kallas"`) {
		t.Errorf("%s: the page does not say it lists only the newest quotes, or does not link to all", speaker)
	}
}

// stuckStore answers a search only when the request's time is up, as a
// query that runs past the read time limit does.
type stuckStore struct{ web.Store }

func (stuckStore) Search(ctx context.Context, q storyline.Query) (*storyline.SearchResult, error) {
	<-ctx.Done()
	return nil, fmt.Errorf("sqlite.Search %q: %w", q.Text, ctx.Err())
}

// TestTooSlow: a request whose time runs out in the store is a 503 that
// says so, on a page as in the API (the page said 500, "went wrong").
func TestTooSlow(t *testing.T) {
	s := mustServer(t, web.Options{Store: stuckStore{openStore(t)}})
	for _, path := range []string{"/search?q=harbour", "/api/search?q=harbour"} {
		ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil).WithContext(ctx))
		cancel()
		if body := rec.Body.String(); rec.Code != http.StatusServiceUnavailable || !strings.Contains(body, "too long") {
			t.Errorf("GET %s past its time: %d %.200s, want 503 saying it took too long", path, rec.Code, body)
		}
	}
}

func mustServer(t *testing.T, opt web.Options) *web.Server {
	t.Helper()
	s, err := web.New(opt)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestQuotePages: /api/quotes is bounded and goes on with a cursor; the
// pages together are the whole list, in order.
func TestQuotePages(t *testing.T) {
	ts, db := newServer(t, "", 0)
	for i := range 4 { // more quotes beside the seed's one
		body := fmt.Sprintf("“Quote number %d,” the mayor said.", i)
		a := &storyline.Article{ID: fmt.Sprintf("q%d.txt", i), Origin: storyline.Origin{Path: fmt.Sprintf("q%d.txt", i)}, Body: body,
			Quotes: []storyline.Quote{{Text: fmt.Sprintf("Quote number %d,", i), Kind: storyline.QuoteDirect, Start: 3, End: 20}}}
		if err := db.Commit(context.Background(), &storyline.Commit{Page: storyline.PageRecord{ID: a.ID, Hash: "h"}, Articles: []*storyline.Article{a}}); err != nil {
			t.Fatal(err)
		}
	}
	type page struct {
		Quotes []struct{ Article, Text string }
		Next   string
	}
	read := func(path string) page {
		t.Helper()
		resp, body := get(t, ts, path)
		var p page
		if err := json.Unmarshal(body, &p); err != nil || resp.StatusCode != 200 {
			t.Fatalf("%s: %d %s", path, resp.StatusCode, body)
		}
		return p
	}
	all := read("/api/quotes")
	if len(all.Quotes) < 2 || all.Next != "" {
		t.Fatalf("the seeded store gives %d quotes (next %q); the test needs two or more on one page", len(all.Quotes), all.Next)
	}
	var paged []string
	for p, n := read("/api/quotes?limit=1"), 0; ; p, n = read("/api/quotes?limit=1&cursor="+url.QueryEscape(p.Next)), n+1 {
		if len(p.Quotes) != 1 || n > len(all.Quotes) {
			t.Fatalf("page %d holds %d quotes", n, len(p.Quotes))
		}
		paged = append(paged, p.Quotes[0].Article+" "+p.Quotes[0].Text)
		if p.Next == "" {
			break
		}
	}
	var whole []string
	for _, q := range all.Quotes {
		whole = append(whole, q.Article+" "+q.Text)
	}
	if !slices.Equal(paged, whole) {
		t.Errorf("pages of one give %q, want %q", paged, whole)
	}
	if resp, _ := get(t, ts, "/api/quotes?cursor=nonsense"); resp.StatusCode != 400 {
		t.Errorf("a bad cursor: %d, want 400", resp.StatusCode)
	}
}

// TestIngestBodyCut: a body that ends before its Content-Length is a bad
// request, and nothing of it is stored.
func TestIngestBodyCut(t *testing.T) {
	ts, db := newServer(t, "s3cret", 1<<20)
	before, _ := db.Count(context.Background())
	conn, err := net.Dial("tcp", strings.TrimPrefix(ts.URL, "http://"))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	fmt.Fprintf(conn, "POST /api/ingest?name=cut.txt HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer s3cret\r\nContent-Length: 100\r\n\r\nOnly ten b")
	conn.(*net.TCPConn).CloseWrite()
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusBadRequest || errorCode(t, body) != "bad_request" {
		t.Errorf("a cut body: %d %s, want 400 bad_request", resp.StatusCode, body)
	}
	if n, _ := db.Count(context.Background()); n != before {
		t.Errorf("the store holds %d articles, want %d", n, before)
	}
}

// TestIngestUploadDeadline: a client that stops sending its body gets a
// bad request once the upload time is up, and nothing is stored.
func TestIngestUploadDeadline(t *testing.T) {
	db := openStore(t)
	s := mustServer(t, web.Options{Store: db, Ingester: storeIngester{db}, Token: "s3cret", UploadTimeout: 300 * time.Millisecond})
	ts := httptest.NewServer(s)
	defer ts.Close()
	conn, err := net.Dial("tcp", strings.TrimPrefix(ts.URL, "http://"))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	fmt.Fprintf(conn, "POST /api/ingest?name=slow.txt HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer s3cret\r\nContent-Length: 100\r\n\r\nOnly ten b")
	conn.SetReadDeadline(time.Now().Add(30 * time.Second))
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		t.Fatalf("no answer to a stalled upload: %v", err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusBadRequest || !strings.Contains(string(body), "to arrive") {
		t.Errorf("a stalled upload: %d %s, want 400 saying it took too long", resp.StatusCode, body)
	}
	if n, _ := db.Count(context.Background()); n != 0 {
		t.Errorf("the store holds %d articles, want none", n)
	}
}

// slowIngester holds each write until release is closed.
type slowIngester struct {
	started chan struct{}
	release chan struct{}
}

func (s slowIngester) Ingest(ctx context.Context, name string, body io.Reader) (storyline.IngestResult, error) {
	close(s.started)
	<-s.release
	return storyline.IngestResult{Articles: []string{name}}, nil
}

// TestShutdownLetsWritesFinish: a write in flight when the server is told
// to stop finishes and is answered, though it outlasts the grace reads get.
func TestShutdownLetsWritesFinish(t *testing.T) {
	db := openStore(t)
	ing := slowIngester{started: make(chan struct{}), release: make(chan struct{})}
	s := mustServer(t, web.Options{Store: db, Ingester: ing, Token: "s3cret", ShutdownGrace: 50 * time.Millisecond})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, stop := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- s.Serve(ctx, ln) }()
	answered := make(chan int, 1)
	go func() {
		req, _ := http.NewRequest("POST", "http://"+ln.Addr().String()+"/api/ingest?name=a.txt", strings.NewReader("Ferry news."))
		req.Header.Set("Authorization", "Bearer s3cret")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			answered <- -1
			return
		}
		resp.Body.Close()
		answered <- resp.StatusCode
	}()
	<-ing.started
	stop()
	time.Sleep(200 * time.Millisecond) // four times the grace of reads
	close(ing.release)
	if code := <-answered; code != http.StatusOK {
		t.Errorf("the write in flight: status %d, want 200", code)
	}
	if err := <-served; err != nil {
		t.Errorf("Serve: %v", err)
	}
}
