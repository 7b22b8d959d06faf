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
