package ner

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// sharedData returns the path of a file under the shared data folder (../shared
// beside the module root), or skips the test when it is absent.
func sharedData(tb testing.TB, rel string) string {
	tb.Helper()
	dir, err := os.Getwd()
	if err != nil {
		tb.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			tb.Skip("module root not found")
		}
		dir = parent
	}
	p := filepath.Join(dir, "..", "shared", rel)
	if _, err := os.Stat(p); err != nil {
		tb.Skipf("shared data %s is absent (%v): skipping", p, err)
	}
	return p
}

func readShared(tb testing.TB, rel string) []*Document {
	f, err := os.Open(sharedData(tb, rel))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	docs, err := ReadCoNLL(context.Background(), f)
	if err != nil {
		tb.Fatal(err)
	}
	return docs
}

// benchDocs is dev.conll when present, else a document written here.
func benchDocs(b *testing.B) [][][]string {
	if _, err := os.Stat(filepath.Join("..", "..", "shared", "data", "ner", "dev.conll")); err == nil {
		var out [][][]string
		for _, d := range readShared(b, "data/ner/dev.conll") {
			out = append(out, d.Words())
		}
		return out
	}
	sent := strings.Fields("NATO Secretary-General Mark Rutte met Donald Trump in Davos on Thursday , officials in Brussels said .")
	doc := make([][]string, 200)
	for i := range doc {
		doc[i] = sent
	}
	return [][][]string{doc}
}

// BenchmarkTag measures tagging speed on one goroutine, in tokens/s.
func BenchmarkTag(b *testing.B) {
	m, err := Load()
	if err != nil {
		b.Fatal(err)
	}
	docs := benchDocs(b)
	tokens := 0
	for _, d := range docs {
		for _, s := range d {
			tokens += len(s)
		}
	}
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			m.TagDocument(d)
		}
	}
	b.ReportMetric(float64(tokens*b.N)/b.Elapsed().Seconds(), "tokens/s")
}
