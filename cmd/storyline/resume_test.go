package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storyline-news/storyline/postgres/pgtest"
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
// the rename. The relink corpus runs in PostgreSQL too, and the extraction
// text set (807 pages) when ../shared holds it.
func TestSplitIngestEqualsOneRun(t *testing.T) {
	sqliteDB := func(t *testing.T) string { return filepath.Join(t.TempDir(), "s.db") }
	postgresDB := func(t *testing.T) string { return pgtest.URL(t) }
	tests := []struct {
		name   string
		dir    string // "" when the shared data is absent
		splits []int  // files in the first run
		store  func(t *testing.T) string
	}{
		{"relink corpus", filepath.Join("testdata", "relink"), []int{1, 2, 3, 4}, sqliteDB},
		{"relink corpus in PostgreSQL", filepath.Join("testdata", "relink"), []int{2}, postgresDB},
		{"extraction text", sharedDir("data/extraction/text"), []int{400}, sqliteDB},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.dir == "" {
				t.Skip("../shared/data/extraction/text is absent")
			}
			if testing.Short() && tt.dir != filepath.Join("testdata", "relink") {
				t.Skip("ingests the whole set three times")
			}
			one := tt.store(t)
			ingestSkipping(t, "--quiet", "--db", one, tt.dir)
			want := exportAll(t, one)
			if n := strings.Count(want["articles"], "\n"); n < len(tt.splits)+1 {
				t.Fatalf("one run stored %d articles: nothing to compare", n)
			}
			for _, n := range tt.splits {
				part := filepath.Join(t.TempDir(), filepath.Base(tt.dir))
				copyFirstFiles(t, tt.dir, part, n)
				db := tt.store(t)
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

// TestChangedPagesRelinkFromTheStore ingests the relink corpus, then again
// with the footballer's pages changed to name someone else: the names the
// old pages were linked with are gone from the store, so the lone "Varga"
// is the union leader's again, and a no-op re-run (a linker restored from
// the store) finds nothing to change.
func TestChangedPagesRelinkFromTheStore(t *testing.T) {
	dir := t.TempDir()
	corpus := filepath.Join(dir, "relink")
	copyFirstFiles(t, filepath.Join("testdata", "relink"), corpus, 5)
	db := filepath.Join(dir, "changed.db")
	runCLI(t, "ingest", "--quiet", "--db", db, corpus)
	if got := entityOf(t, db, "01-strike-begins.txt", "Varga"); got != "Varga" {
		t.Fatalf("before the change, the lone Varga is %q, want it left alone", got)
	}
	for _, name := range []string{"03-derby-win.txt", "04-striker-contract.txt"} {
		b, err := os.ReadFile(filepath.Join(corpus, name))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(corpus, name), bytes.ReplaceAll(b, []byte("Tomas Varga"), []byte("Tomas Kral")), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	runCLI(t, "ingest", "--quiet", "--db", db, corpus)
	if got := entityOf(t, db, "01-strike-begins.txt", "Varga"); got != "Ilse Varga" {
		t.Errorf("after the change, the lone Varga is %q, want Ilse Varga", got)
	}
	before := exportAll(t, db)
	runCLI(t, "ingest", "--quiet", "--db", db, corpus)
	for what, after := range exportAll(t, db) {
		if after != before[what] {
			t.Errorf("export %s changed after a no-op re-run", what)
		}
	}
}

// entityOf returns the name an article shows for the entity whose first
// mention is the surface form alias.
func entityOf(t *testing.T, db, id, alias string) string {
	t.Helper()
	var a struct {
		Body     string `json:"body"`
		Entities []struct {
			Name     string `json:"name"`
			Mentions []struct{ Start, End int }
		} `json:"entities"`
	}
	for _, line := range jsonLines(runCLI(t, "export", "--db", db, "articles")) {
		var probe struct{ ID string }
		if json.Unmarshal(line, &probe); probe.ID != id {
			continue
		}
		if err := json.Unmarshal(line, &a); err != nil {
			t.Fatal(err)
		}
	}
	body := []rune(a.Body)
	for _, e := range a.Entities {
		if m := e.Mentions; len(m) > 0 && m[0].End <= len(body) && string(body[m[0].Start:m[0].End]) == alias {
			return e.Name
		}
	}
	return ""
}
