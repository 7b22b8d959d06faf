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

// FuzzExtractHTML states the HTML extractor's properties on any bytes: it
// does not panic, it fails only with an input error, and what it writes
// (body, title, byline) is valid UTF-8 without soft hyphens.
func FuzzExtractHTML(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.html"))
	more, _ := filepath.Glob(filepath.Join("testdata", "dates", "*.html"))
	for _, file := range append(files, more...) {
		b, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`<html><body><div class="author"><span>Stand: </span>20. April 2020</div><h1>Mes&shy;sen&#173;ger</h1><p>06.11.2023 13:30 von Olga</p><p>- Redaktion: Eberhard Fuhr (Pressesprecher)</p></body></html>`))
	f.Add([]byte("<html><head><script type=\"application/ld+json\">{\"author\":[{\"@id\":\"#a\"}],\"@graph\":[</script></head><body>\xff\xfe<p>x</p>"))
	x := New(Options{Now: testNow})
	f.Fuzz(func(t *testing.T, page []byte) {
		arts, err := x.Extract(context.Background(), &storyline.Page{ID: "f", Format: storyline.FormatHTML, HTML: page})
		if err != nil {
			if storyline.ErrorCode(err) != storyline.EINPUT {
				t.Fatalf("error %v, want an input error or none", err)
			}
			return
		}
		for _, a := range arts {
			for name, s := range map[string]string{"body": a.Body, "title": a.Title, "byline": a.Byline} {
				if !utf8.ValidString(s) {
					t.Fatalf("%s %q is not valid UTF-8", name, s)
				}
				if strings.ContainsRune(s, '\u00ad') {
					t.Fatalf("%s %q keeps a soft hyphen", name, s)
				}
			}
		}
	})
}
