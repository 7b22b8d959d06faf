package ingest

import (
	"strings"
	"testing"

	"github.com/storyline-news/storyline"
)

func TestReadJSONL(t *testing.T) {
	pages, err := readFile(t, &Reader{}, "testdata/records.jsonl")
	const name = "records.jsonl"
	want := []storyline.Page{
		{ID: "rec-1", Origin: storyline.Origin{Path: name, Record: "rec-1"}, Format: storyline.FormatJSONL,
			Text: "The council approved the budget on Monday.", Title: "Council votes on budget", Published: "2025-03-10",
			URL: "https://news.example/budget", Source: "Town News", Byline: "Ada Lindqvist"},
		{ID: "42", Origin: storyline.Origin{Path: name, Record: "42"}, Format: storyline.FormatJSONL,
			HTML: []byte("<p>The library will open until nine.</p>"), Title: "Library extends hours",
			Published: "2025-03-11T08:00:00Z", Byline: "Ben Okafor, Cleo Marsh"},
		{ID: name + "#5", Origin: storyline.Origin{Path: name, Record: name + "#5"}, Format: storyline.FormatJSONL,
			Text: "A record without an id keeps its line number.", Title: "No id here", Source: "Wire Desk"},
		{ID: "rec-7", Origin: storyline.Origin{Path: name, Record: "rec-7"}, Format: storyline.FormatJSONL,
			Text: "Last record without a trailing newline."},
	}
	if len(pages) != len(want) {
		t.Fatalf("got %d pages, want %d: %+v", len(pages), len(want), pages)
	}
	for i := range want {
		if !samePage(pages[i], &want[i]) {
			t.Errorf("page %d = %+v\nwant      %+v", i, pages[i], want[i])
		}
	}
	e := inputError(t, err)
	for _, s := range []string{"2 bad record(s)", "line 3: malformed JSON", "line 6: no text, body or html field"} {
		if !strings.Contains(err.Error(), s) {
			t.Errorf("error %q lacks %q", err, s)
		}
	}
	if e.Op != "ingest.jsonl" || e.Path != name {
		t.Errorf("error op %q path %q", e.Op, e.Path)
	}
}

func TestReadJSONLLines(t *testing.T) {
	long := `{"id":"big","text":"` + strings.Repeat("x", 300) + `"}`
	tests := []struct {
		name     string
		data     string
		limit    int64
		wantIDs  []string
		wantText string // of the first page, when given
		wantErr  string
	}{
		{name: "crlf and blank lines", data: "{\"id\":\"a\",\"text\":\"1\"}\r\n\r\n  \n{\"id\":\"b\",\"body\":\"2\"}\r\n", wantIDs: []string{"a", "b"}},
		{name: "line over the limit is skipped", data: `{"id":"a","text":"1"}` + "\n" + long + "\n" + `{"id":"c","text":"3"}`, limit: 200,
			wantIDs: []string{"a", "c"}, wantErr: "line 2: larger than the page limit"},
		{name: "long line under the limit", data: long + "\n", limit: 400, wantIDs: []string{"big"}},
		{name: "not an object", data: "[1,2]\nnull\n\"s\"\n", wantErr: "3 bad record(s)"},
		{name: "two objects on a line", data: `{"id":"a","text":"1"} {"id":"b","text":"2"}`, wantErr: "line 1: malformed JSON"},
		{name: "id of other types falls back", data: `{"id":{"x":1},"text":"t"}` + "\n" + `{"id":null,"text":"t"}`, wantIDs: []string{"in.jsonl#1", "in.jsonl#2"}},
		{name: "empty text field is kept", data: `{"id":"a","title":"Only a title","text":""}` + "\n" + `{"id":"b","text":null}`,
			wantIDs: []string{"a"}, wantErr: "line 2: no text"},
		{name: "crlf inside the text", data: `{"id":"a","text":"one\r\ntwo"}`, wantIDs: []string{"a"}, wantText: "one\ntwo"},
		{name: "bom", data: "\xef\xbb\xbf{\"id\":\"a\",\"text\":\"1\"}", wantIDs: []string{"a"}},
		{name: "an array is no object", data: "[1,2]\n", wantErr: "line 1: not a JSON object"},
		{name: "a text that is no string", data: `{"id":"a","text":["x"]}`, wantErr: "line 1: the text field is not a string"},
		{name: "problems on one line", data: "[1]\n[2]\n", wantErr: "line 1: not a JSON object; line 2: not a JSON object"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pages, err := readBytes(t, &Reader{MaxPageBytes: tt.limit}, "in.jsonl", []byte(tt.data))
			var ids []string
			for _, p := range pages {
				ids = append(ids, p.ID)
			}
			if strings.Join(ids, " ") != strings.Join(tt.wantIDs, " ") {
				t.Errorf("ids = %q, want %q", ids, tt.wantIDs)
			}
			if tt.wantText != "" && (len(pages) == 0 || pages[0].Text != tt.wantText) {
				t.Errorf("pages = %+v, want text %q", pages, tt.wantText)
			}
			if tt.wantErr == "" {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			inputError(t, err)
			if !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("error %q lacks %q", err, tt.wantErr)
			}
		})
	}
}

func TestReadJSONLTruncatedGzip(t *testing.T) {
	var lines strings.Builder
	for i := 0; i < 2000; i++ {
		lines.WriteString(`{"text":"a line of the dump that makes the archive long enough to cut"}` + "\n")
	}
	zipped := gzipBytes(t, []byte(lines.String()))
	pages, err := readBytes(t, &Reader{}, "cut.jsonl.gz", zipped[:len(zipped)*2/3])
	e := inputError(t, err)
	if !strings.Contains(e.Error(), "gzip") {
		t.Errorf("error %q does not name gzip", e)
	}
	if len(pages) == 0 || len(pages) >= 2000 {
		t.Errorf("got %d pages from a cut archive, want some but not all", len(pages))
	}
}
