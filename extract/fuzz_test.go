package extract

import (
	"context"
	"math"
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

// FuzzTextSite states the site reader's properties on any dump, with any
// of its lines taken as the body: it does not panic, every candidate has a
// name, at most maxSiteCands of them, one row of finite features each and
// "none" last, and the site named is "" or one of the candidates.
func FuzzTextSite(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "textsite", "*.txt"))
	for _, file := range files {
		b, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(b), uint64(0b1100))
	}
	f.Add("#Quay » Feed\nQUAY | News\n© 2026 Quay\nLenhausen (Quay) - at Quay Press, quay.com\nQuay logo\n", uint64(0))
	f.Add("* x x\n\xff logo\n www. | www.\n", uint64(1))
	model := FieldTextSite.defaultModel()
	f.Fuzz(func(t *testing.T, text string, bodyBits uint64) {
		lines := splitLines(text)
		var keep []int
		for i := range min(len(lines), 64) {
			if bodyBits&(1<<i) != 0 {
				keep = append(keep, i)
			}
		}
		cands, body := textSiteCands(lines, keep)
		if len(cands) > maxSiteCands {
			t.Fatalf("%d candidates", len(cands))
		}
		named := map[string]bool{"": true}
		for _, c := range cands {
			if siteKey(c.text) == "" || c.src == 0 {
				t.Fatalf("candidate %+v", c)
			}
			named[c.text] = true
		}
		rule := ruleSite(cands)
		measureSites(cands, lines, body)
		rows := textSiteRows(cands, len(lines))
		if len(rows) != len(cands)+1 || rows[len(cands)][0] != 1 {
			t.Fatalf("%d rows for %d candidates, none last", len(rows), len(cands))
		}
		for _, r := range rows {
			for k, v := range r {
				if math.IsNaN(v) || math.IsInf(v, 0) || len(r) != textSiteFeatureCount {
					t.Fatalf("feature %d = %g of %d", k, v, len(r))
				}
			}
		}
		if site := chooseTextSite(cands, len(lines), model); !named[rule] || !named[site] {
			t.Fatalf("site %q, rules %q: no candidate", site, rule)
		}
	})
}
