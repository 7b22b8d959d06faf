package main

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/storyline-news/storyline/sharedtest"
)

// served is a `storyline serve` running in-process.
type served struct {
	url  string
	stop func() int // cancels the context (as SIGTERM does) and returns the exit code
	mu   sync.Mutex
	logs strings.Builder
}

// serve starts `storyline serve --addr 127.0.0.1:0` on db and reads the
// address from its first stderr line, as a script would.
func serve(t testing.TB, db string, env map[string]string) *served {
	t.Helper()
	pr, pw := io.Pipe()
	m := &Main{Stdin: strings.NewReader(""), Stdout: io.Discard, Stderr: pw, Now: time.Now,
		Getenv: func(k string) string { return env[k] }}
	ctx, cancel := context.WithCancel(context.Background())
	code := make(chan int, 1)
	go func() {
		code <- m.Run(ctx, []string{"serve", "--db", db, "--addr", "127.0.0.1:0"})
		pw.Close()
	}()
	s := &served{}
	first := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(pr)
		for n := 0; sc.Scan(); n++ {
			if n == 0 {
				first <- sc.Text()
				continue
			}
			s.mu.Lock()
			s.logs.WriteString(sc.Text() + "\n")
			s.mu.Unlock()
		}
		close(first)
	}()
	var line string
	select {
	case line = <-first:
	case <-time.After(time.Minute):
		t.Fatal("serve printed nothing within a minute")
	}
	addr, ok := strings.CutPrefix(line, "listening on ")
	if !ok || !regexp.MustCompile(`^http://127\.0\.0\.1:[1-9][0-9]*$`).MatchString(addr) {
		cancel()
		t.Fatalf("first stderr line %q, want listening on http://127.0.0.1:PORT", line)
	}
	s.url = addr
	s.stop = func() int {
		cancel()
		select {
		case c := <-code:
			return c
		case <-time.After(time.Minute):
			t.Fatal("serve did not stop within a minute of its signal")
			return -1
		}
	}
	return s
}

func (s *served) log() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.logs.String()
}

func seedStore(t testing.TB) string {
	t.Helper()
	seeds := sharedtest.Path(t, "seeds")
	db := filepath.Join(t.TempDir(), "seeds.db")
	runCLI(t, "ingest", "--quiet", "--db", db, seeds)
	return db
}

func TestServeSeeds(t *testing.T) {
	db := seedStore(t)
	s := serve(t, db, nil)
	resp, err := http.Get(s.url + "/api/search?q=Greenland")
	if err != nil {
		t.Fatal(err)
	}
	var res struct {
		Hits  []struct{ Article, Snippet string }
		Total int
	}
	err = json.NewDecoder(resp.Body).Decode(&res)
	resp.Body.Close()
	if err != nil || res.Total == 0 || !strings.Contains(res.Hits[0].Snippet, "<mark>Greenland</mark>") {
		t.Errorf("search Greenland on the seeds = %+v, %v", res, err)
	}
	// The server fills every story's comparison and timeline (package compare).
	resp, err = http.Get(s.url + "/api/stories?q=Davos")
	if err != nil {
		t.Fatal(err)
	}
	var page struct {
		Stories []struct {
			Comparison *struct{ Sources []any }
		}
	}
	err = json.NewDecoder(resp.Body).Decode(&page)
	resp.Body.Close()
	if err != nil || len(page.Stories) == 0 || page.Stories[0].Comparison == nil || len(page.Stories[0].Comparison.Sources) == 0 {
		t.Errorf("stories about Davos carry no comparison: %+v, %v", page, err)
	}
	resp, err = http.Post(s.url+"/api/ingest?name=x.txt", "text/plain", strings.NewReader("news"))
	if err != nil || resp.StatusCode != http.StatusForbidden {
		t.Errorf("ingest without $STORYLINE_TOKEN: %v %v, want 403", resp.StatusCode, err)
	}
	if code := s.stop(); code != exitOK {
		t.Errorf("serve exited %d after its signal, want 0", code)
	}
	if logs := s.log(); !strings.Contains(logs, `route="GET /api/search"`) || !strings.Contains(logs, "status=200") {
		t.Errorf("no access log line for the search:\n%s", logs)
	}
}

func TestServeIngestAdapter(t *testing.T) {
	db := seedStore(t)
	s := serve(t, db, map[string]string{"STORYLINE_TOKEN": "tok", "STORYLINE_LOG": "warn"})
	defer s.stop()
	post := func(name, body string) (int, string) {
		req, _ := http.NewRequest(http.MethodPost, s.url+"/api/ingest?name="+name, strings.NewReader(body))
		req.Header.Set("Authorization", "Bearer tok")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	status, body := post("records.jsonl", `{"id":"r-1","title":"Harbour reopens","text":"The harbour of Calder reopened on Monday after a week of storms, officials said."}`+"\n"+`{"id":"r-2"}`+"\n")
	if status != 200 || !strings.Contains(body, `"articles":["r-1"]`) {
		t.Errorf("ingest jsonl: %d %s", status, body)
	}
	if status, body = post("records.jsonl", `{"id":"r-1","title":"Harbour reopens","text":"The harbour of Calder reopened on Monday after a week of storms, officials said."}`+"\n"); status != 200 || !strings.Contains(body, `"articles":[]`) || !strings.Contains(body, `"unchanged":["r-1"]`) {
		t.Errorf("the same page again: %d %s; want no article written and r-1 unchanged", status, body)
	}
	if status, body = post("junk.warc", "not a warc"); status != 200 || !strings.Contains(body, `"input":"junk.warc"`) {
		t.Errorf("ingest of an unreadable input: %d %s; want 200 with it under failed", status, body)
	}
}

// TestServeReadOnly checks that a server without a token only reads: it
// refuses a store that does not exist (creating none), and an ingest into
// the store it serves runs beside it, its article served at once.
func TestServeReadOnly(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "missing.db")
	var stderr strings.Builder
	m := &Main{Stdin: strings.NewReader(""), Stdout: io.Discard, Stderr: &stderr, Now: time.Now, Getenv: func(string) string { return "" }}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second) // a server that starts stops here
	defer cancel()
	if code := m.Run(ctx, []string{"serve", "--db", missing, "--addr", "127.0.0.1:0"}); code != exitFailure || !strings.Contains(stderr.String(), "no store here") {
		t.Errorf("serve of a missing store: exit %d, %q; want %d and no store here", code, stderr.String(), exitFailure)
	}
	if _, err := os.Stat(missing); !os.IsNotExist(err) {
		t.Errorf("serve made %s (%v)", missing, err)
	}

	db := filepath.Join(dir, "s.db")
	page := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	runCLI(t, "ingest", "--quiet", "--db", db, page("ferry.txt", "Ferry fares rise\n\nThe harbour authority said on Tuesday that ferry fares will rise by a tenth in January."))
	s := serve(t, db, map[string]string{"STORYLINE_LOG": "warn"})
	defer s.stop()
	runCLI(t, "ingest", "--quiet", "--db", db, page("bridge.txt", "Bridge reopens\n\nThe old bridge over the river reopened on Friday after three months of repairs, the council said."))
	resp, err := http.Get(s.url + "/api/articles/bridge.txt")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Errorf("the article ingested beside the server: status %d, want 200", resp.StatusCode)
	}
}
