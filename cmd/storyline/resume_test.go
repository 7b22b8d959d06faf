package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storyline-news/storyline/sharedtest"
)

// TestSplitIngestEqualsOneRun ingests a folder in one run, and again as its
// first files (a run that stopped there) and then the whole folder (the run
// that finishes the job), and checks that both stores export the same
// articles, entities and stories byte for byte. The relink corpus names a
// union leader "Varga" alone, then "Ilse Varga", which renames the first
// article's "Varga" at the end of a run that stops there; later articles
// name a footballer "Tomas Varga", and the lone "Varga" is no longer
// anyone's for sure, so one run leaves it alone and a resumed run must undo
// the rename.
func TestSplitIngestEqualsOneRun(t *testing.T) {
	tests := []struct {
		name   string
		dir    string // "" when the shared data is absent
		splits []int  // files in the first run
	}{
		{"relink corpus", filepath.Join("testdata", "relink"), []int{1, 2, 3, 4}},
		{"extraction text", sharedDir("data/extraction/text"), []int{400}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.dir == "" {
				t.Skip("../shared/data/extraction/text is absent")
			}
			if testing.Short() && len(tt.splits) == 1 {
				t.Skip("ingests the whole set three times")
			}
			one := filepath.Join(t.TempDir(), "one.db")
			ingestSkipping(t, "--quiet", "--db", one, tt.dir)
			want := exportAll(t, one)
			for _, n := range tt.splits {
				dir := t.TempDir()
				part := filepath.Join(dir, filepath.Base(tt.dir))
				copyFirstFiles(t, tt.dir, part, n)
				db := filepath.Join(dir, "split.db")
				ingestSkipping(t, "--quiet", "--db", db, part)
				ingestSkipping(t, "--quiet", "--db", db, tt.dir)
				for what, got := range exportAll(t, db) {
					if got != want[what] {
						t.Errorf("first %d files, then all: export %s differs from one run in %d of %d lines",
							n, what, differingLines(want[what], got), strings.Count(want[what], "\n"))
					}
				}
			}
		})
	}
}

// sharedDir is the path of a folder of ../shared, or "" when it is absent.
func sharedDir(rel string) string {
	p, ok := sharedtest.Lookup(rel)
	if !ok {
		return ""
	}
	return p
}

func exportAll(t *testing.T, db string) map[string]string {
	out := map[string]string{}
	for _, what := range []string{"articles", "entities", "stories"} {
		out[what] = string(runCLI(t, "export", "--db", db, what))
	}
	return out
}

// copyFirstFiles copies the first n files of src, in the order ingest reads
// a folder (by name), to dst: the same names, so the same article ids.
func copyFirstFiles(t *testing.T, src, dst string, n int) {
	t.Helper()
	entries, err := os.ReadDir(src)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(dst, 0o755); err != nil {
		t.Fatal(err)
	}
	copied := 0
	for _, e := range entries {
		if copied == n {
			break
		}
		if !e.Type().IsRegular() {
			continue
		}
		b, err := os.ReadFile(filepath.Join(src, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dst, e.Name()), b, 0o644); err != nil {
			t.Fatal(err)
		}
		copied++
	}
	if copied < n {
		t.Fatalf("%s has %d files, fewer than %d", src, copied, n)
	}
}

// differingLines counts the exported objects (by id, or name and type) that
// are not the same in both exports, those missing from either included.
func differingLines(a, b string) int {
	key := func(line string) string {
		var o struct {
			ID, Name, Type string
		}
		json.Unmarshal([]byte(line), &o)
		return o.ID + "\x00" + o.Name + "\x00" + o.Type
	}
	lines := func(s string) map[string]string {
		m := map[string]string{}
		for _, l := range strings.Split(strings.TrimSpace(s), "\n") {
			m[key(l)] = l
		}
		return m
	}
	x, y := lines(a), lines(b)
	n := 0
	for k, l := range x {
		if y[k] != l {
			n++
		}
	}
	for k := range y {
		if _, ok := x[k]; !ok {
			n++
		}
	}
	return n
}
