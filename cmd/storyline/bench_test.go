package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
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
		regexp.MustCompile(`compare: go-trafilatura then go-htmldate alone: [1-9]\d* HTML pages in \S+, [\d.]+ pages/s`),
		regexp.MustCompile(`compare: the whole pipeline \(all pages\): [\d.]+ pages/s, [\d.]+× the peers`),
		regexp.MustCompile(`CPU time \S+: [\d.]+ pages, [\d.]+ articles per CPU-second`),
		regexp.MustCompile(`compare, per CPU-second: the peers [\d.]+ pages \(\S+\), the whole pipeline [\d.]+ pages \(\S+\): [\d.]+× the peers`),
	} {
		if !want.MatchString(out) {
			t.Errorf("bench output lacks %s:\n%s", want, out)
		}
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
