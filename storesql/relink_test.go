package storesql

import (
	"encoding/json"
	"testing"

	"github.com/storyline-news/storyline"
)

// TestRelinkArticle: the names an article is relinked from (its linked
// names, or those it shows when none were kept), whether it is written,
// and with which mark.
func TestRelinkArticle(t *testing.T) {
	short := storyline.EntityKey{Name: "Rutte", Type: storyline.Person}
	full := storyline.EntityKey{Name: "Mark Rutte", Type: storyline.Person}
	shows := func(name string) string {
		a := &storyline.Article{ID: "a", Entities: []storyline.ArticleEntity{{Name: name, Type: storyline.Person}}}
		doc, err := json.Marshal(a)
		if err != nil {
			t.Fatal(err)
		}
		return string(doc)
	}
	linkedAs := func(name string) *string {
		js, err := json.Marshal(storyline.LinkedNames{Entities: []storyline.ArticleEntity{{Name: name, Type: storyline.Person}}, Speakers: []string{}})
		if err != nil {
			t.Fatal(err)
		}
		s := string(js)
		return &s
	}
	rename := map[storyline.EntityKey]storyline.EntityKey{short: full}
	for _, tt := range []struct {
		name        string
		doc         string
		linked      *string
		renames     map[storyline.EntityKey]storyline.EntityKey
		ok, renamed bool
		shows       string
	}{
		{"renamed from the names it shows", shows("Rutte"), nil, rename, true, true, "Mark Rutte"},
		{"renamed from its linked names", shows("Rutte"), linkedAs("Rutte"), rename, true, true, "Mark Rutte"},
		{"a rename undone", shows("Mark Rutte"), linkedAs("Rutte"), nil, true, false, "Rutte"},
		{"nothing changes", shows("Rutte"), linkedAs("Rutte"), nil, false, false, ""},
	} {
		r, ok, err := RelinkArticle(tt.doc, "body", tt.linked, tt.renames)
		if err != nil || ok != tt.ok {
			t.Errorf("%s: ok %v, err %v; want ok %v", tt.name, ok, err, tt.ok)
			continue
		}
		if !ok {
			continue
		}
		if r.Renamed != tt.renamed || r.Article.Entities[0].Name != tt.shows || r.Article.Body != "body" {
			t.Errorf("%s: %+v, want renamed %v, showing %s", tt.name, r, tt.renamed, tt.shows)
		}
		var names storyline.LinkedNames
		if err := json.Unmarshal([]byte(r.Linked), &names); err != nil || names.Entities[0].Name != "Rutte" {
			t.Errorf("%s: linked %s (%v), want the names it was committed with", tt.name, r.Linked, err)
		}
	}
	bad := "{"
	if _, _, err := RelinkArticle(shows("Rutte"), "", &bad, rename); err == nil {
		t.Error("bad linked JSON accepted")
	}
}
