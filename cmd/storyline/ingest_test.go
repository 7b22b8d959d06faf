package main

import (
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestChangedPageLeavesItsOldStories ingests two pages, rewrites both with
// other articles, and ingests again: no story may list an article that is
// gone, and every article must be listed by the story it names.
func TestChangedPageLeavesItsOldStories(t *testing.T) {
	corpus := filepath.Join("..", "..", "examples", "corpus")
	dir := t.TempDir()
	copyFile(t, filepath.Join(corpus, "coastal-wire-roundup.txt"), filepath.Join(dir, "p.txt"))
	copyFile(t, filepath.Join(corpus, "harbour-gazette-strike.txt"), filepath.Join(dir, "q.txt"))
	db := filepath.Join(t.TempDir(), "changed.db")
	runCLI(t, "ingest", "--quiet", "--db", db, dir)
	copyFile(t, filepath.Join(corpus, "harbour-gazette-strike.txt"), filepath.Join(dir, "p.txt"))
	writeFile(t, filepath.Join(dir, "q.txt"), goodArticle)
	runCLI(t, "ingest", "--quiet", "--db", db, dir)

	stories := map[string][]string{}
	for _, line := range jsonLines(runCLI(t, "export", "--db", db, "stories")) {
		var s struct {
			ID       string
			Articles []string
		}
		if err := json.Unmarshal(line, &s); err != nil {
			t.Fatal(err)
		}
		stories[s.ID] = s.Articles
	}
	articles := storyOf(t, db)
	if len(articles) != 2 {
		t.Errorf("%d articles after the rewrite, want 2: %v", len(articles), articles)
	}
	for id, members := range stories {
		for _, a := range members {
			if _, ok := articles[a]; !ok {
				t.Errorf("story %s lists %s, which is gone", id, a)
			}
		}
	}
	for a, s := range articles {
		if !slices.Contains(stories[s], a) {
			t.Errorf("article %s names story %s, which does not list it (%v)", a, s, stories[s])
		}
	}
}

func copyFile(t *testing.T, from, to string) {
	b, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, to, string(b))
}

func writeFile(t *testing.T, path, content string) {
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestRepeatedIDKeepsFirstPage checks that two records with one id in one
// run store the first, and that running again changes nothing.
func TestRepeatedIDKeepsFirstPage(t *testing.T) {
	dir := t.TempDir()
	body := strings.Repeat("The council met on Monday and agreed on a budget for the harbour. ", 4)
	writeFile(t, filepath.Join(dir, "twice.jsonl"),
		`{"id":"x","title":"First","text":"`+body+`"}`+"\n"+`{"id":"x","title":"Second","text":"`+body+` Later."}`+"\n")
	db := filepath.Join(t.TempDir(), "twice.db")
	for run := range 3 {
		runCLI(t, "ingest", "--quiet", "--db", db, dir)
		var titles []string
		for _, line := range jsonLines(runCLI(t, "export", "--db", db, "articles")) {
			var a struct{ Title string }
			if err := json.Unmarshal(line, &a); err != nil {
				t.Fatal(err)
			}
			titles = append(titles, a.Title)
		}
		if len(titles) != 1 || titles[0] != "First" {
			t.Fatalf("run %d: titles %v, want [First]", run+1, titles)
		}
	}
}

// cancelAfter gives its text, then stops the run (as a signal does) and
// ends.
type cancelAfter struct {
	r      io.Reader
	cancel context.CancelFunc
}

func (c *cancelAfter) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	if err == io.EOF {
		c.cancel()
	}
	return n, err
}

// TestInterruptedSaysWhatIsStored: an ingest stopped by a signal says how
// much it stored before it, and that running it again finishes the job.
func TestInterruptedSaysWhatIsStored(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	page := `{"id": "a", "text": "The harbour authority said on Tuesday that ferry fares will rise by a tenth in January."}` + "\n"
	var stderr strings.Builder
	m := &Main{Stdin: &cancelAfter{strings.NewReader(page), cancel}, Stdout: io.Discard, Stderr: &stderr, Getenv: func(string) string { return "" }, Now: time.Now}
	code := m.Run(ctx, []string{"ingest", "--db", filepath.Join(t.TempDir(), "s.db"), "--name", "in.jsonl", "-"})
	if code != exitInterrupted || !strings.Contains(stderr.String(), "were stored before the signal; the same command again finishes the job") {
		t.Errorf("exit %d, stderr %q; want %d and what was stored", code, stderr.String(), exitInterrupted)
	}
}
