package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// TestBenchCompare runs bench --compare on the example corpus: the stage
// table, the end-to-end rate and CPU time, and the peers' rate on its HTML
// pages with the ratio, on the clock and per CPU-second.
func TestBenchCompare(t *testing.T) {
	out := string(runCLI(t, "bench", "--compare", filepath.Join("..", "..", "examples", "corpus")))
	for _, want := range []*regexp.Regexp{
		regexp.MustCompile(`(?m)^\s+extract\s+\d+`),
		regexp.MustCompile(`articles/s end to end`),
		regexp.MustCompile(`compare: go-trafilatura alone: [1-9]\d* HTML pages in \S+, [\d.]+ pages/s`),
		regexp.MustCompile(`compare: go-trafilatura then go-htmldate alone: [1-9]\d* HTML pages in \S+, [\d.]+ pages/s`),
		regexp.MustCompile(`compare: the whole pipeline \(all pages\): [\d.]+ pages/s, [\d.]+× the peers; [\d.]+ articles/s, [\d.]+× go-trafilatura's pages/s`),
		regexp.MustCompile(`CPU time \S+: [\d.]+ pages, [\d.]+ articles per CPU-second`),
		regexp.MustCompile(`compare, per CPU-second: go-trafilatura [\d.]+ pages \(\S+\), the peers [\d.]+ pages \(\S+\), the whole pipeline [\d.]+ pages, [\d.]+ articles \(\S+\): [\d.]+× the peers; articles [\d.]+× go-trafilatura's pages`),
	} {
		if !want.MatchString(out) {
			t.Errorf("bench output lacks %s:\n%s", want, out)
		}
	}
}

// TestBenchComparePeers gives the peers the HTML pages of another folder
// than the inputs: a run of text dumps alone has none for them, and says so
// unless --peers names some.
func TestBenchComparePeers(t *testing.T) {
	dumps := t.TempDir()
	text := "Harbour bridge reopens after repairs\n\nThe harbour bridge reopened on Monday after six weeks of repairs, the city said.\n"
	if err := os.WriteFile(filepath.Join(dumps, "bridge.txt"), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	out := string(runCLI(t, "bench", "--compare", dumps))
	if !strings.Contains(out, "compare: no HTML pages for the peers") {
		t.Errorf("bench --compare over text dumps alone:\n%s", out)
	}
	out = string(runCLI(t, "bench", "--compare", "--peers", filepath.Join("..", "..", "examples", "corpus"), dumps))
	want := regexp.MustCompile(`(?m)^1 pages, 1 articles .*\n(?s:.*)compare: go-trafilatura alone: [1-9]\d* HTML pages`)
	if !want.MatchString(out) {
		t.Errorf("bench --compare --peers: want the text run beside the peers' HTML pages:\n%s", out)
	}
}

// TestEvalOverMerge runs eval overmerge on the example corpus, whose pages
// tell a handful of events: the count line is printed and covers every
// article the corpus holds.
func TestEvalOverMerge(t *testing.T) {
	out := string(runCLI(t, "eval", "overmerge", filepath.Join("..", "..", "examples", "corpus")))
	m := regexp.MustCompile(`^(\d+) of (\d+) articles \([\d.]+%\) share a story with an article that is not a copy of theirs\n$`).FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("eval overmerge printed %q", out)
	}
	if m[2] == "0" {
		t.Errorf("eval overmerge counted no articles: %q", out)
	}

	// Judged to report one event, the chip plant's two reports (a story of
	// their own today) no longer count.
	same := filepath.Join(t.TempDir(), "same.jsonl")
	group := `{"event": "the chip plant", "articles": ["https://ostberg-today.example/business/silvane-second-plant", "marland-news-0312-chip"]}`
	if err := os.WriteFile(same, []byte(group+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out = string(runCLI(t, "eval", "overmerge", "--same", same, filepath.Join("..", "..", "examples", "corpus")))
	lines := regexp.MustCompile(`(?m)^(\d+) of \d+ articles`).FindAllStringSubmatch(out, -1)
	if len(lines) != 2 {
		t.Fatalf("eval overmerge --same printed %q", out)
	}
	before, _ := strconv.Atoi(lines[0][1])
	after, _ := strconv.Atoi(lines[1][1])
	if after >= before {
		t.Errorf("eval overmerge --same: %d over-merged, then %d; want fewer:\n%s", before, after, out)
	}
}
