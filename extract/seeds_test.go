package extract

import (
	"context"
	"encoding/json"
	"github.com/storyline-news/storyline/sharedtest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/storyline-news/storyline"
)

type seedExpect struct {
	Title         *string   `json:"title"`
	Published     []*string `json:"published"`
	PublishedNote string    `json:"published_note"`
	Dateline      *struct {
		Place  string `json:"place"`
		Agency string `json:"agency"`
	} `json:"dateline"`
	BodyStarts    string   `json:"body_starts"`
	BodyStartsAny []string `json:"body_starts_any"`
	BodyEnds      string   `json:"body_ends"`
	BodyExcludes  []string `json:"body_excludes"`
	raw           map[string]json.RawMessage
}

// norm ignores white space and straight versus curly quotes, as expected.json says.
func normQ(s string) string {
	s = strings.NewReplacer("“", `"`, "”", `"`, "„", `"`, "’", "'", "‘", "'").Replace(s)
	return strings.Join(strings.Fields(s), " ")
}

func TestSeeds(t *testing.T) {
	dir := sharedtest.Path(t, "seeds")
	data, err := os.ReadFile(filepath.Join(dir, "expected.json"))
	if err != nil {
		t.Fatal(err)
	}
	var exp struct {
		ArticleCount int                        `json:"article_count"`
		Articles     map[string]json.RawMessage `json:"articles"`
	}
	if err := json.Unmarshal(data, &exp); err != nil {
		t.Fatal(err)
	}
	got := extractSeeds(t, dir)
	if len(got) != exp.ArticleCount {
		t.Errorf("got %d articles, want %d", len(got), exp.ArticleCount)
	}
	for id, raw := range exp.Articles {
		var e seedExpect
		if err := json.Unmarshal(raw, &e); err != nil {
			t.Fatal(err)
		}
		_ = json.Unmarshal(raw, &e.raw)
		t.Run(id, func(t *testing.T) {
			a, ok := got[id]
			if !ok {
				t.Fatalf("article %s missing; have %v", id, keys(got))
			}
			checkSeed(t, a, &e)
		})
	}
}

func extractSeeds(t *testing.T, dir string) map[string]*storyline.Article {
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	x := New(Options{Now: func() time.Time { return time.Date(2026, 2, 1, 0, 0, 0, 0, time.UTC) }})
	got := map[string]*storyline.Article{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		name := filepath.Base(f)
		arts, err := x.Extract(context.Background(), &storyline.Page{ID: name, Origin: storyline.Origin{Path: name}, Format: storyline.FormatText, Text: string(b)})
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range arts {
			got[a.ID] = a
		}
	}
	return got
}

func checkSeed(t *testing.T, a *storyline.Article, e *seedExpect) {
	t.Helper()
	body := normQ(a.Body)
	if _, has := e.raw["title"]; has {
		want := ""
		if e.Title != nil {
			want = *e.Title
		}
		if normQ(a.Title) != normQ(want) {
			t.Errorf("title = %q, want %q", a.Title, want)
		}
	}
	checkPublished(t, a, e)
	if e.Dateline != nil {
		if a.Dateline == nil || a.Dateline.Place != e.Dateline.Place || a.Dateline.Agency != e.Dateline.Agency {
			t.Errorf("dateline = %+v, want %+v", a.Dateline, *e.Dateline)
		}
	}
	starts := e.BodyStartsAny
	if e.BodyStarts != "" {
		starts = append(starts, e.BodyStarts)
	}
	ok := len(starts) == 0
	for _, s := range starts {
		ok = ok || strings.HasPrefix(body, normQ(s))
	}
	if !ok {
		t.Errorf("body starts %q, want one of %q", head(body, 80), starts)
	}
	if e.BodyEnds != "" && !strings.HasSuffix(body, normQ(e.BodyEnds)) {
		t.Errorf("body ends %q, want %q", tail(body, 80), e.BodyEnds)
	}
	for _, x := range e.BodyExcludes {
		if strings.Contains(body, normQ(x)) {
			t.Errorf("body contains %q", x)
		}
	}
}

func checkPublished(t *testing.T, a *storyline.Article, e *seedExpect) {
	t.Helper()
	if e.Published == nil {
		if e.PublishedNote != "" && a.Published != "" && a.PublishedConfidence > 0.3 {
			t.Errorf("published %s with confidence %.2f (%s): a widget date must be low-confidence", a.Published, a.PublishedConfidence, a.PublishedEvidence)
		}
		return
	}
	for _, p := range e.Published {
		if (p == nil && a.Published == "") || (p != nil && *p == a.Published) {
			return
		}
	}
	t.Errorf("published = %q (%s), want one of %v", a.Published, a.PublishedEvidence, deref(e.Published))
}

func deref(ps []*string) []string {
	var out []string
	for _, p := range ps {
		if p == nil {
			out = append(out, "null")
		} else {
			out = append(out, *p)
		}
	}
	return out
}

func keys(m map[string]*storyline.Article) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

func tail(s string, n int) string {
	if len(s) > n {
		return s[len(s)-n:]
	}
	return s
}
