package extract

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/storyline-news/storyline"
)

// FuzzExtractText states the cleaner's properties on any text: it does not
// panic, its bodies are valid UTF-8, and every body paragraph is a piece of
// the input without its control characters (the cleaner removes, it never
// writes text of its own).
func FuzzExtractText(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.txt"))
	for _, file := range files {
		b, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(b))
	}
	f.Add("LISBON (Reuters) - \nTitle\nBERLIN, Jan 5 (dpa) - text")
	f.Add("date 2024-02-30 \xff\xfe broken")
	x := New(Options{Now: testNow})
	f.Fuzz(func(t *testing.T, text string) {
		arts, err := x.Extract(context.Background(), &storyline.Page{ID: "f", Format: storyline.FormatText, Text: text})
		if err != nil {
			t.Fatalf("error on text input: %v", err)
		}
		// the cleaner drops control characters (storyline.DropControls)
		valid := storyline.DropControls(strings.ToValidUTF8(text, ""), true)
		for _, a := range arts {
			if !utf8.ValidString(a.Body) || !utf8.ValidString(a.Title) {
				t.Fatalf("invalid UTF-8 in output")
			}
			for _, p := range strings.Split(a.Body, "\n\n") {
				if p == "" || !strings.Contains(valid, p) {
					t.Fatalf("body paragraph %q is not in the input", p)
				}
			}
		}
	})
}
