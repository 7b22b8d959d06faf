package engine_test

import (
	"encoding/hex"
	"strings"
	"testing"

	"github.com/zeebo/xxh3"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/engine"
)

// pageHashOfContent is PageHash as it was written, over p.Content(): the
// hashes stored by earlier runs must still match.
func pageHashOfContent(p *storyline.Page) string {
	h := xxh3.New()
	for _, s := range []string{string(p.Format), p.URL, p.Source, p.Title, p.Byline, p.Published} {
		h.WriteString(s)
		h.Write([]byte{0})
	}
	h.Write(p.Content())
	sum := h.Sum128().Bytes()
	return hex.EncodeToString(sum[:])
}

func TestPageHashIsOfContent(t *testing.T) {
	long := strings.Repeat("The council met on Tuesday. ", 5000)
	for _, p := range []*storyline.Page{
		{ID: "a.txt", Format: storyline.FormatText, Text: "Headline\n\nBody text."},
		{ID: "b.txt", Format: storyline.FormatText, Text: long, URL: "https://example.com/b", Title: "T"},
		{ID: "c.txt", Format: storyline.FormatText},
		{ID: "d.html", Format: storyline.FormatHTML, HTML: []byte("<html><p>" + long + "</p></html>")},
		{ID: "e.html", Format: storyline.FormatHTML, HTML: []byte{}},
	} {
		if got, want := engine.PageHash(p), pageHashOfContent(p); got != want {
			t.Errorf("%s: PageHash %s, over Content %s", p.ID, got, want)
		}
		if got, want := p.ContentLen(), len(p.Content()); got != want {
			t.Errorf("%s: ContentLen %d, len(Content()) %d", p.ID, got, want)
		}
	}
}
