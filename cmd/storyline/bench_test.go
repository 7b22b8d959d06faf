package main

import (
	"path/filepath"
	"regexp"
	"testing"
)

// TestBenchCompare runs bench --compare on the example corpus: the stage
// table, the end-to-end rate, and the peers' rate on its HTML pages with the
// ratio.
func TestBenchCompare(t *testing.T) {
	out := string(runCLI(t, "bench", "--compare", filepath.Join("..", "..", "examples", "corpus")))
	for _, want := range []*regexp.Regexp{
		regexp.MustCompile(`(?m)^\s+extract\s+\d+`),
		regexp.MustCompile(`articles/s end to end`),
		regexp.MustCompile(`compare: go-trafilatura then go-htmldate alone: [1-9]\d* HTML pages in \S+, [\d.]+ pages/s`),
		regexp.MustCompile(`compare: the whole pipeline \(all pages\): [\d.]+ pages/s, [\d.]+× the peers`),
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
}
