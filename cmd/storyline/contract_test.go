package main

import (
	"encoding/json"
	"github.com/storyline-news/storyline/sharedtest"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// contractKeys are the keys CONTRACT.md requires on every exported line,
// with the JSON kinds each may take ("null" where unknown values are allowed).
var contractKeys = map[string]map[string][]string{
	"articles": {
		"id": {"string"}, "origin": {"object"}, "url": {"string", "null"}, "source": {"string", "null"},
		"title": {"string", "null"}, "byline": {"string", "null"}, "dateline": {"object", "null"},
		"published": {"string", "null"}, "language": {"string", "null"}, "body": {"string"},
		"duplicate_of": {"string", "null"}, "story": {"string", "null"},
		"entities": {"array"}, "quotes": {"array"},
	},
	"stories": {
		"id": {"string"}, "title": {"string", "null"}, "articles": {"array"}, "sources": {"array"},
		"first_published": {"string", "null"}, "last_published": {"string", "null"},
		"entities": {"array"}, "storyline": {"string", "null"},
	},
}

// TestExportFollowsContract ingests the example corpus, which has every
// input format, and checks the shape of every exported line.
func TestExportFollowsContract(t *testing.T) {
	db := filepath.Join(t.TempDir(), "contract.db")
	runCLI(t, "ingest", "--quiet", "--db", db, filepath.Join("..", "..", "examples", "corpus"))
	for kind, keys := range contractKeys {
		lines := jsonLines(runCLI(t, "export", "--db", db, kind))
		if len(lines) == 0 && kind == "articles" {
			t.Fatalf("no %s exported", kind)
		}
		for _, line := range lines {
			var obj map[string]any
			if err := json.Unmarshal(line, &obj); err != nil {
				t.Fatalf("%s: not JSON: %v", kind, err)
			}
			for key, kinds := range keys {
				v, ok := obj[key]
				if !ok {
					t.Errorf("%s line %v lacks %q", kind, obj["id"], key)
					continue
				}
				if got := jsonKind(v); !contains(kinds, got) {
					t.Errorf("%s %v: %q is %s, want %s", kind, obj["id"], key, got, strings.Join(kinds, " or "))
				}
			}
		}
	}
}

// TestExampleCorpusFormats checks that each input format of the example
// corpus produced articles with the ids the contract gives them.
func TestExampleCorpusFormats(t *testing.T) {
	db := filepath.Join(t.TempDir(), "formats.db")
	runCLI(t, "ingest", "--quiet", "--db", db, filepath.Join("..", "..", "examples", "corpus"))
	ids := exportIDs(t, db)
	want := []string{
		"harbour-gazette-strike.txt",                               // text dump, one article
		"coastal-wire-roundup.txt#1", "coastal-wire-roundup.txt#2", // two articles on one page
		"calder-courier-strike-ends.html",                               // HTML
		"marland-news-0311-flood",                                       // JSON Lines keeps its id
		"https://radio-lenhausen.example/news/rain-to-ease",             // RSS item link
		"https://parliament.marland.example/press/flood-fund",           // Atom entry link
		"https://valley-post.example/2026/03/11/alder-floods-lenhausen", // WARC target URI
	}
	for _, id := range want {
		if !ids[id] {
			got := make([]string, 0, len(ids))
			for k := range ids {
				got = append(got, k)
			}
			sort.Strings(got)
			t.Errorf("no article %q; have %v", id, got)
		}
	}
}

func jsonKind(v any) string {
	switch v.(type) {
	case nil:
		return "null"
	case string:
		return "string"
	case float64:
		return "number"
	case bool:
		return "bool"
	case []any:
		return "array"
	case map[string]any:
		return "object"
	}
	return "unknown"
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// TestStoriesCommandIsReadable checks the human listing: every story has a
// heading, even when none of its articles had a headline, and copies say
// which article they repeat.
func TestStoriesCommandIsReadable(t *testing.T) {
	db := filepath.Join(t.TempDir(), "stories.db")
	runCLI(t, "ingest", "--quiet", "--db", db, filepath.Join("..", "..", "examples", "corpus"))
	out := string(runCLI(t, "stories", "--db", db, "--limit", "0"))
	stories := 0
	for _, line := range strings.Split(out, "\n") {
		if strings.HasPrefix(line, "s-") {
			stories++
			if heading := strings.TrimSpace(strings.SplitN(line, "  ", 2)[1]); heading == "" || heading == "-" {
				t.Errorf("story without a heading: %q", line)
			}
		}
	}
	if stories < 3 {
		t.Errorf("%d stories listed, want at least 3:\n%s", stories, out)
	}
	if !strings.Contains(out, "(copy of https://valley-post.example/2026/03/11/alder-floods-lenhausen)") {
		t.Errorf("the reprinted wire story is not shown as a copy:\n%s", out)
	}
}

// TestStoryIDsStayStable ingests the seeds, then the same seeds again and an
// unrelated corpus: the seeds' articles keep the story ids they had.
func TestStoryIDsStayStable(t *testing.T) {
	seeds := sharedtest.Path(t, "seeds")
	db := filepath.Join(t.TempDir(), "stable.db")
	runCLI(t, "ingest", "--quiet", "--db", db, seeds)
	before := storyOf(t, db)
	runCLI(t, "ingest", "--quiet", "--db", db, seeds)
	runCLI(t, "ingest", "--quiet", "--db", db, filepath.Join("..", "..", "examples", "corpus"))
	after := storyOf(t, db)
	for id, story := range before {
		if after[id] != story {
			t.Errorf("article %s moved from story %s to %s", id, story, after[id])
		}
	}
	if len(after) <= len(before) {
		t.Errorf("the second corpus added no articles (%d before, %d after)", len(before), len(after))
	}
}

func storyOf(t *testing.T, db string) map[string]string {
	out := map[string]string{}
	for _, line := range jsonLines(runCLI(t, "export", "--db", db, "articles")) {
		var a struct{ ID, Story string }
		if err := json.Unmarshal(line, &a); err != nil {
			t.Fatal(err)
		}
		out[a.ID] = a.Story
	}
	return out
}

// TestExampleHeadlineOverWidget checks that a page's headline wins over a
// short widget line that happens to share its words with the lead.
func TestExampleHeadlineOverWidget(t *testing.T) {
	db := filepath.Join(t.TempDir(), "headline.db")
	runCLI(t, "ingest", "--quiet", "--db", db, filepath.Join("..", "..", "examples", "corpus", "harbour-gazette-strike.txt"))
	for _, line := range jsonLines(runCLI(t, "export", "--db", db, "articles")) {
		var a struct{ Title string }
		if err := json.Unmarshal(line, &a); err != nil {
			t.Fatal(err)
		}
		if want := "Dockworkers walk out at Port Calder over automation plan"; a.Title != want {
			t.Errorf("title %q, want %q", a.Title, want)
		}
	}
}

// TestExportQuotesBySpeaker lists one person's quotes by an alias and
// refuses a name no entity has.
func TestExportQuotesBySpeaker(t *testing.T) {
	db := filepath.Join(t.TempDir(), "speaker.db")
	runCLI(t, "ingest", "--quiet", "--db", db, filepath.Join("..", "..", "examples", "corpus"))
	want := 0
	for _, line := range jsonLines(runCLI(t, "export", "--db", db, "quotes")) {
		var q struct{ Speaker *string }
		if err := json.Unmarshal(line, &q); err != nil {
			t.Fatal(err)
		}
		if q.Speaker != nil && *q.Speaker == "Ilse Varga" {
			want++
		}
	}
	if want == 0 {
		t.Fatal("the example corpus quotes Ilse Varga nowhere")
	}
	lines := jsonLines(runCLI(t, "export", "--db", db, "quotes", "--speaker", "varga"))
	if len(lines) != want {
		t.Errorf("--speaker varga gave %d quotes, want Ilse Varga's %d", len(lines), want)
	}
	for _, line := range lines {
		if !strings.Contains(string(line), `"speaker":"Ilse Varga"`) {
			t.Errorf("--speaker varga gave %s", line)
		}
	}
	if code, _, stderr := runWithStdin(t, "", "export", "--db", db, "quotes", "--speaker", "Nobody Atall"); code != 1 || !strings.Contains(stderr, "Nobody Atall") {
		t.Errorf("unknown speaker: exit %d, stderr %q; want 1 and the name", code, stderr)
	}
	if code, _, _ := runWithStdin(t, "", "export", "--db", db, "articles", "--speaker", "varga"); code != 2 {
		t.Errorf("--speaker with articles: exit %d, want 2", code)
	}
}

// TestNoOpRerunChangesNothing ingests the seeds and the example corpus, then
// the same inputs again: the re-run finds every page unchanged, and its
// renames after the run (restored from the store) must find nothing left to
// do, so every export stays byte for byte the same.
func TestNoOpRerunChangesNothing(t *testing.T) {
	seeds := sharedtest.Path(t, "seeds")
	corpus := filepath.Join("..", "..", "examples", "corpus")
	db := filepath.Join(t.TempDir(), "rerun.db")
	exports := func() map[string]string {
		out := map[string]string{}
		for _, what := range []string{"articles", "stories", "entities", "quotes"} {
			out[what] = string(runCLI(t, "export", "--db", db, what))
		}
		return out
	}
	runCLI(t, "ingest", "--quiet", "--db", db, seeds, corpus)
	before := exports()
	runCLI(t, "ingest", "--quiet", "--db", db, seeds, corpus)
	for what, after := range exports() {
		if after != before[what] {
			t.Errorf("export %s changed after a no-op re-run", what)
		}
	}
}
