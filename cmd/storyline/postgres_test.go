package main

import (
	"bytes"
	"fmt"
	"path/filepath"
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
	// A second ingest into PostgreSQL stores nothing twice.
	runCLI(t, "ingest", "--quiet", "--db", pg, corpus)
	if got, want := runCLI(t, "export", "--db", pg, "articles"), runCLI(t, "export", "--db", lite, "articles"); !bytes.Equal(got, want) {
		t.Errorf("a second ingest changed the PostgreSQL export:\n%s", firstDiff(got, want))
	}
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
