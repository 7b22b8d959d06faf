package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"path/filepath"
	"slices"
	"testing"

	"github.com/storyline-news/storyline/postgres/pgtest"
)

// exportKinds are the exports the scaled-out contract compares.
var exportKinds = []string{"articles", "entities", "quotes", "stories"}

// TestPostgresExportsEqualSQLite ingests the example corpus, which has every
// input format, into SQLite and into PostgreSQL and checks that every export
// is the same, byte for byte (CONTRACT.md, "Scaled out").
func TestPostgresExportsEqualSQLite(t *testing.T) {
	corpus := filepath.Join("..", "..", "examples", "corpus")
	lite := filepath.Join(t.TempDir(), "lite.db")
	pg := pgtest.URL(t)
	runCLI(t, "ingest", "--quiet", "--db", lite, corpus)
	runCLI(t, "ingest", "--quiet", "--db", pg, corpus)
	for _, kind := range exportKinds {
		want := runCLI(t, "export", "--db", lite, kind)
		got := runCLI(t, "export", "--db", pg, kind)
		if len(want) == 0 && kind == "articles" {
			t.Fatalf("no articles exported from SQLite")
		}
		if !bytes.Equal(got, want) {
			t.Errorf("export %s differs between PostgreSQL and SQLite:\n%s", kind, firstDiff(got, want))
		}
	}
	// search finds the same articles in both; without text (newest first,
	// ties by id) the output is the same byte for byte. With text only the
	// set is compared: ts_rank and BM25 may order ties and near-ties apart,
	// and the snippets' windows are chosen by different code.
	for _, q := range [][]string{{"harbour"}, {"strike", "automation"}, {`"port calder"`}, {"dock*"},
		{"--from", "2026-03-11", "--to", "2026-03"}} {
		want := runCLI(t, append([]string{"search", "--limit", "500", "--db", lite}, q...)...)
		got := runCLI(t, append([]string{"search", "--limit", "500", "--db", pg}, q...)...)
		if len(bytes.TrimSpace(want)) == 0 {
			t.Errorf("search %v finds nothing in SQLite", q)
		}
		if textless := q[0] == "--from"; textless && !bytes.Equal(got, want) {
			t.Errorf("search %v differs between PostgreSQL and SQLite:\n%s", q, firstDiff(got, want))
		} else if !textless && !slices.Equal(hitSet(t, got), hitSet(t, want)) {
			t.Errorf("search %v: PostgreSQL finds %v, SQLite %v", q, hitSet(t, got), hitSet(t, want))
		}
	}
	// A second ingest into PostgreSQL stores nothing twice.
	runCLI(t, "ingest", "--quiet", "--db", pg, corpus)
	if got, want := runCLI(t, "export", "--db", pg, "articles"), runCLI(t, "export", "--db", lite, "articles"); !bytes.Equal(got, want) {
		t.Errorf("a second ingest changed the PostgreSQL export:\n%s", firstDiff(got, want))
	}
}

// hitSet is the sorted article ids of search's output.
func hitSet(t *testing.T, out []byte) []string {
	t.Helper()
	var ids []string
	for _, line := range bytes.Split(bytes.TrimSpace(out), []byte("\n")) {
		var h struct{ Article string }
		if err := json.Unmarshal(line, &h); err != nil {
			t.Fatalf("search output %q: %v", line, err)
		}
		ids = append(ids, h.Article)
	}
	slices.Sort(ids)
	return ids
}

// firstDiff shows the first line where two exports differ.
func firstDiff(got, want []byte) string {
	g, w := bytes.Split(got, []byte("\n")), bytes.Split(want, []byte("\n"))
	for i := range max(len(g), len(w)) {
		var gl, wl []byte
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if !bytes.Equal(gl, wl) {
			return fmt.Sprintf("line %d:\n got %s\nwant %s", i+1, gl, wl)
		}
	}
	return "(no line differs)"
}
