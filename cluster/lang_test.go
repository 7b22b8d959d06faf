package cluster

import (
	"context"
	"encoding/json"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/storyline-news/storyline"
)

// TestLanguageStatistics checks that articles in a language the stream
// carries little of are scored on that language's statistics: among forty
// English articles, two Spanish reports of one fire join, and eight Spanish
// articles on other things, which share only the words every Spanish text
// has ("de", "la", "que"), stay apart. With the IDF over the whole stream
// those words are as rare as names and the Spanish articles merged.
func TestLanguageStatistics(t *testing.T) {
	raw, err := os.ReadFile("testdata/es.json")
	if err != nil {
		t.Fatal(err)
	}
	var arts []*storyline.Article
	if err := json.Unmarshal(raw, &arts); err != nil {
		t.Fatal(err)
	}
	g := newSynth(9)
	var docs []*storyline.Doc
	for range 40 {
		d := g.article()
		d.Article.Language = "en"
		docs = append(docs, d)
	}
	for _, a := range arts {
		a.Language = "es"
		docs = append(docs, &storyline.Doc{Article: a})
	}
	c := New(DefaultOptions())
	if _, err := c.Assign(context.Background(), docs); err != nil {
		t.Fatal(err)
	}
	story := map[string][]string{}
	for _, a := range arts {
		story[a.Story] = append(story[a.Story], a.ID)
	}
	for _, ids := range story {
		fire := strings.HasPrefix(ids[0], "es-incendio")
		if want := map[bool]int{true: 2, false: 1}[fire]; len(ids) != want {
			t.Errorf("story of %v: want %d articles", ids, want)
		}
	}
}

// TestWordsKeepMarks checks that a word in a script whose vowel signs are
// combining marks (Devanagari) is counted whole, not split at each sign
// into fragments that every text of the language shares.
func TestWordsKeepMarks(t *testing.T) {
	counts := map[string]float64{}
	c := counter{counts: counts, weight: 1, nameWeight: 1, prefix: "hi:"}
	c.add("जनवरी में निर्यात गिरा")
	for _, w := range []string{"hi:जनवरी", "hi:निर्यात", "hi:गिरा"} {
		if counts[w] != 1 {
			t.Errorf("%q counted %v times, want 1 (counts %v)", w, counts[w], counts)
		}
	}
	for w := range counts {
		if !utf8.ValidString(w) {
			t.Errorf("invalid word %q", w)
		}
	}
}
