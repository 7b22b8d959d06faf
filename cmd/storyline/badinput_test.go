package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

const goodArticle = `Harbour talks resume as strike enters third day

The harbour authority and the dockworkers' union agreed on Wednesday to resume talks over the automation plan, but the strike that has halted the port since Monday goes on.

"It was a start, nothing more," the union leader told reporters outside the authority's offices after the first meeting, which lasted four hours.

Exporters warned that every day of the stoppage cost the regional economy about 30 million euros, and shipping lines said more vessels were waiting at anchor.
`

// TestBadInputsAreReportedAndSkipped feeds a folder of broken files beside
// good ones: every broken file is named on stderr with a reason, every good
// article is stored, and the exit code says that some inputs failed.
func TestBadInputsAreReportedAndSkipped(t *testing.T) {
	dir := t.TempDir()
	rng := rand.New(rand.NewPCG(7, 7))
	random := make([]byte, 4096)
	for i := range random {
		random[i] = byte(rng.IntN(256))
	}
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(strings.Repeat(goodArticle, 20)))
	zw.Close()
	bad := map[string][]byte{
		"random.txt":        random,
		"noise.dat":         random,
		"truncated.txt.gz":  gz.Bytes()[:gz.Len()/2],
		"broken.warc":       []byte("WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.org/a\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: 5000\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>cut"),
		"malformed.rss":     []byte("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>x</title><item><title>cut"),
		"latin1.txt":        []byte("Caf\xe9 owners in the old town said business had never been so bad.\n"),
		"one-huge-line.txt": bytes.Repeat([]byte("word "), 40_000),
	}
	good := map[string][]byte{
		"good.txt": []byte(goodArticle),
		"mixed.jsonl": []byte(`{"id":"rec-1","title":"First record","date":"2026-03-10","text":"` + strings.Repeat("The first record has a body long enough to be an article. ", 5) + `"}
{"id":"rec-2", this line is not JSON
{"id":"rec-3","title":"Third record","date":"2026-03-11","text":"` + strings.Repeat("The third record has a body long enough to be an article too. ", 5) + `"}
`),
	}
	for name, data := range mergeFiles(bad, good) {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	db := filepath.Join(t.TempDir(), "bad.db")
	var stdout, stderr bytes.Buffer
	m := &Main{Stdin: strings.NewReader(""), Stdout: &stdout, Stderr: &stderr, Getenv: func(string) string { return "" }, Now: time.Now}
	code := m.Run(context.Background(), []string{"ingest", "--quiet", "--max-page-bytes", "65536", "--db", db, dir})
	if code != exitInputErrors {
		t.Errorf("exit code %d, want %d\n%s", code, exitInputErrors, stderr.String())
	}
	for name := range bad {
		if !strings.Contains(stderr.String(), name) {
			t.Errorf("stderr does not name %s:\n%s", name, stderr.String())
		}
	}
	if !strings.Contains(stderr.String(), "line 2") {
		t.Errorf("stderr does not point at the bad JSON line:\n%s", stderr.String())
	}
	if strings.Contains(stderr.String(), "panic") {
		t.Errorf("a panic reached the user:\n%s", stderr.String())
	}
	ids := exportIDs(t, db)
	for _, want := range []string{"good.txt", "rec-1", "rec-3"} {
		if !ids[want] {
			t.Errorf("good article %s was lost; stored: %v", want, ids)
		}
	}
}

func mergeFiles(ms ...map[string][]byte) map[string][]byte {
	out := map[string][]byte{}
	for _, m := range ms {
		for k, v := range m {
			out[k] = v
		}
	}
	return out
}

func exportIDs(t *testing.T, db string) map[string]bool {
	ids := map[string]bool{}
	for id := range storyOf(t, db) {
		ids[id] = true
	}
	return ids
}

// TestIngestStdin reads a page from standard input.
func TestIngestStdin(t *testing.T) {
	db := filepath.Join(t.TempDir(), "stdin.db")
	var stdout, stderr bytes.Buffer
	m := &Main{Stdin: strings.NewReader(goodArticle), Stdout: &stdout, Stderr: &stderr, Getenv: func(string) string { return "" }, Now: time.Now}
	if code := m.Run(context.Background(), []string{"ingest", "--quiet", "--db", db, "-"}); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	if ids := exportIDs(t, db); !ids[stdinID(goodArticle)] {
		t.Errorf("stdin article not stored under id %q: %v", stdinID(goodArticle), ids)
	}
}
