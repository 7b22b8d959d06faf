package ner

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/storyline-news/storyline/sharedtest"
)

func readShared(tb testing.TB, rel string) []*Document {
	f, err := os.Open(sharedtest.Path(tb, rel))
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
	if _, ok := sharedtest.Lookup("data/ner/dev.conll"); ok {
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

// BenchmarkLoad measures reading the embedded model, which every command
// that tags pays once at start-up.
func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
}
