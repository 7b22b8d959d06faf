// Package sharedtest finds the data lent to the project for development and
// evaluation: the seeds and benchmark sets in ../shared beside the
// repository. That data is never copied into the repository, so tests read it
// where it lies and skip, saying why, where it is absent (CI always has it).
package sharedtest

import (
	"os"
	"path/filepath"
	"testing"
)

// Path returns ../shared/rel beside the module root, skipping the test when
// it is absent.
func Path(tb testing.TB, rel string) string {
	tb.Helper()
	root, err := moduleRoot()
	if err != nil {
		tb.Skipf("shared data not found: %v", err)
	}
	p := filepath.Join(root, "..", "shared", rel)
	if _, err := os.Stat(p); err != nil {
		tb.Skipf("shared data %s is absent (%v): it sits beside the repository in CI", p, err)
	}
	return p
}

// Lookup returns ../shared/rel beside the module root and whether it is
// there, for a benchmark that falls back on input of its own without it.
func Lookup(rel string) (string, bool) {
	root, err := moduleRoot()
	if err != nil {
		return "", false
	}
	p := filepath.Join(root, "..", "shared", rel)
	_, err = os.Stat(p)
	return p, err == nil
}

// moduleRoot walks up from the working directory (a test runs in its
// package's folder) to the folder that holds go.mod.
func moduleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", os.ErrNotExist
		}
		dir = parent
	}
}

// Texts returns the contents of the files under ../shared/rel whose names
// match glob, in name order, at most limit of them (0: all); none when the
// data is absent, so a test that holds a fast path to the code it replaces
// runs on its own inputs and, where ../shared lends them, on real pages.
func Texts(tb testing.TB, rel, glob string, limit int) []string {
	tb.Helper()
	dir, ok := Lookup(rel)
	if !ok {
		return nil
	}
	files, err := filepath.Glob(filepath.Join(dir, glob))
	if err != nil {
		tb.Fatal(err)
	}
	if limit > 0 && len(files) > limit {
		files = files[:limit]
	}
	out := make([]string, 0, len(files))
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, string(raw))
	}
	return out
}
