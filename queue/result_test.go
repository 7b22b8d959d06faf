package queue

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/pipeline"
)

func TestResultRoundTrip(t *testing.T) {
	page := &storyline.Page{ID: "a.html", Format: storyline.FormatHTML, HTML: []byte("<p>Zürich</p>")}
	a := &storyline.Article{ID: "a.html", Body: "Zürich", Entities: []storyline.ArticleEntity{
		{Name: "Zürich", Type: storyline.Place, Mentions: []storyline.Span{{Start: 0, End: 6}}}}}
	mentions := []storyline.Mention{{Span: storyline.Span{Start: 0, End: 6}, Type: storyline.Place, Text: "Zürich", Canonical: "Zürich"}}
	tests := []struct {
		name string
		res  pipeline.Result
	}{
		{"docs", pipeline.Result{Page: page, Docs: []*storyline.Doc{{Article: a, Page: page, Mentions: mentions}}}},
		{"failed", pipeline.Result{Page: page, Err: storyline.Errorf(storyline.EINPUT, "no article")}},
		{"empty", pipeline.Result{Page: page}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := encodeResult(tt.res, "")
			if err != nil {
				t.Fatal(err)
			}
			_, got, err := decodeResult(b)
			if err != nil {
				t.Fatal(err)
			}
			if storyline.ErrorCode(got.Err) != storyline.ErrorCode(tt.res.Err) || (got.Err == nil) != (tt.res.Err == nil) {
				t.Errorf("error %v, want %v", got.Err, tt.res.Err)
			}
			if len(got.Docs) != len(tt.res.Docs) {
				t.Fatalf("%d docs, want %d", len(got.Docs), len(tt.res.Docs))
			}
			for i, d := range got.Docs {
				same(t, "article", d.Article, tt.res.Docs[i].Article)
				same(t, "mentions", d.Mentions, tt.res.Docs[i].Mentions)
				if d.Page != got.Page {
					t.Errorf("doc %d does not point at the page", i)
				}
			}
			same(t, "page", got.Page, tt.res.Page)
		})
	}
}

// TestResultWithoutContent: given the page's hash, a result carries the
// page without its content, and the hash in its place; the article is
// whole.
func TestResultWithoutContent(t *testing.T) {
	page := &storyline.Page{ID: "a.html", Format: storyline.FormatHTML, URL: "https://a.example/x",
		HTML: []byte("<html><body><p>" + strings.Repeat("Zürich. ", 1000) + "</p></body></html>")}
	a := &storyline.Article{ID: "a.html", Body: "Zürich."}
	res := pipeline.Result{Page: page, Docs: []*storyline.Doc{{Article: a, Page: page}}}
	b, err := encodeResult(res, "h123")
	if err != nil {
		t.Fatal(err)
	}
	if len(b) > len(page.HTML)/4 {
		t.Errorf("a result of %d bytes for a page of %d: the content travelled", len(b), len(page.HTML))
	}
	_, got, err := decodeResult(b)
	if err != nil {
		t.Fatal(err)
	}
	if got.Hash != "h123" || got.Page.HTML != nil || got.Page.URL != page.URL || got.Page.ID != page.ID {
		t.Errorf("decoded page %+v, hash %q", got.Page, got.Hash)
	}
	same(t, "article", got.Docs[0].Article, a)
	if page.HTML == nil {
		t.Error("encoding emptied the worker's own page")
	}
}

func same(t *testing.T, what string, got, want any) {
	t.Helper()
	g, _ := json.Marshal(got)
	w, _ := json.Marshal(want)
	if string(g) != string(w) {
		t.Errorf("%s: got %s, want %s", what, g, w)
	}
}

// FuzzDecodeResult: whatever the ledger holds, decoding fails cleanly or
// gives a result whose docs all point at its page.
func FuzzDecodeResult(f *testing.F) {
	f.Add([]byte(`{"kind":"page","page":{"ID":"a"},"docs":[{"article":{"id":"a","body":"x"}}]}`))
	f.Add([]byte(`{"kind":"end"}`))
	f.Add([]byte(`{"docs":[{}]}`))
	f.Add([]byte(`{"kind":"page","docs":[{}]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		w, res, err := decodeResult(b)
		if err != nil {
			return
		}
		if w.Kind == kindPage && (res.Page == nil || res.Page.ID == "") {
			t.Fatal("a page result without a page id was accepted")
		}
		for _, d := range res.Docs {
			if d.Page != res.Page {
				t.Fatal("doc without its page")
			}
		}
	})
}

func TestValidName(t *testing.T) {
	for name, ok := range map[string]bool{"storyline": true, "run-2_b": true, "": false, "a.b": false, "a b": false, "a*": false, "a>": false} {
		if got := validName(name) == nil; got != ok {
			t.Errorf("validName(%q) ok = %v, want %v", name, got, ok)
		}
	}
}
