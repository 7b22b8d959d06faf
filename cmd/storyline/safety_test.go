package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/storyline-news/storyline/sqlite"
)

// cli runs one command line in-process with the given stdin and returns
// the exit code, stdout and stderr.
func cli(t *testing.T, ctx context.Context, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	m := &Main{Stdin: strings.NewReader(stdin), Stdout: &stdout, Stderr: &stderr, Getenv: func(string) string { return "" }, Now: time.Now}
	code := m.Run(ctx, args)
	return code, stdout.String(), stderr.String()
}

func stdinID(s string) string {
	sum := sha256.Sum256([]byte(s))
	return "stdin-" + hex.EncodeToString(sum[:])[:12]
}

// otherArticle is a second page, unlike goodArticle.
const otherArticle = `Council approves new budget for the harbour

The city council approved on Tuesday a budget of 40 million euros for repairs to the old harbour walls, after a debate that lasted most of the night.

"We could not wait another winter," the mayor said after the vote, adding that work would begin in the spring and last two years.
`

// TestStdinIDs: piped pages get ids from their content (three pipes, three
// articles), --name gives stdin a file name, and an empty pipe stores
// nothing and removes nothing (CONTRACT.md, "Standard input").
func TestStdinIDs(t *testing.T) {
	db := filepath.Join(t.TempDir(), "stdin.db")
	ctx := context.Background()
	steps := []struct {
		name     string
		stdin    string
		args     []string
		wantCode int
		wantErr  string
		wantIDs  []string
	}{
		{"first pipe", goodArticle, nil, 0, "", []string{stdinID(goodArticle)}},
		{"second pipe", otherArticle, nil, 0, "", []string{stdinID(goodArticle), stdinID(otherArticle)}},
		{"same pipe again", goodArticle, nil, 0, "", []string{stdinID(goodArticle), stdinID(otherArticle)}},
		{"named", otherArticle, []string{"--name", "council.txt"}, 0, "", []string{"council.txt", stdinID(goodArticle), stdinID(otherArticle)}},
		{"empty pipe", "", nil, exitInputErrors, "empty input", []string{"council.txt", stdinID(goodArticle), stdinID(otherArticle)}},
		{"empty named pipe", "", []string{"--name", "council.txt"}, exitInputErrors, "empty input", []string{"council.txt", stdinID(goodArticle), stdinID(otherArticle)}},
		{"blank pipe", "\n\n  \n", []string{"--name", "council.txt"}, exitInputErrors, "empty input", []string{"council.txt", stdinID(goodArticle), stdinID(otherArticle)}},
	}
	// --name names stdin: without - among the inputs the command line is wrong.
	if code, _, stderr := cli(t, ctx, "", "ingest", "--quiet", "--db", db, "--name", "x.txt", filepath.Join(t.TempDir(), "none.txt")); code != exitUsage || !strings.Contains(stderr, "--name") {
		t.Errorf("--name without -: exit %d, stderr %q; want exit %d naming --name", code, stderr, exitUsage)
	}
	for _, st := range steps {
		args := append([]string{"ingest", "--quiet", "--db", db}, st.args...)
		code, _, stderr := cli(t, ctx, st.stdin, append(args, "-")...)
		if code != st.wantCode || !strings.Contains(stderr, st.wantErr) {
			t.Fatalf("%s: exit %d, stderr %q; want exit %d saying %q", st.name, code, stderr, st.wantCode, st.wantErr)
		}
		var ids []string
		for _, line := range jsonLines(runCLI(t, "export", "--db", db, "articles")) {
			var a struct{ ID string }
			json.Unmarshal(line, &a)
			ids = append(ids, a.ID)
		}
		if strings.Join(ids, " ") != strings.Join(st.wantIDs, " ") {
			t.Fatalf("%s: ids %q, want %q", st.name, ids, st.wantIDs)
		}
	}
}

// TestStdinSeveralArticles: a piped page holding several articles gives
// stdin-HASH#1, #2, ...
func TestStdinSeveralArticles(t *testing.T) {
	page, err := os.ReadFile(filepath.Join("..", "..", "examples", "corpus", "coastal-wire-roundup.txt"))
	if err != nil {
		t.Skip(err)
	}
	db := filepath.Join(t.TempDir(), "s.db")
	if code, _, stderr := cli(t, context.Background(), string(page), "ingest", "--quiet", "--db", db, "-"); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	ids := exportIDs(t, db)
	if len(ids) < 2 || !ids[stdinID(string(page))+"#1"] || !ids[stdinID(string(page))+"#2"] {
		t.Errorf("ids %v, want %s#1, #2, ...", ids, stdinID(string(page)))
	}
}

// TestSameIDTwiceOnOneCommandLine: page.txt in two folders named on one
// command line is not overwritten in silence: the second is refused (exit
// 3) with both paths named, and the first is stored.
func TestSameIDTwiceOnOneCommandLine(t *testing.T) {
	root := t.TempDir()
	writeFileAll(t, filepath.Join(root, "a", "page.txt"), goodArticle)
	writeFileAll(t, filepath.Join(root, "b", "page.txt"), otherArticle)
	db := filepath.Join(t.TempDir(), "twice.db")
	code, _, stderr := cli(t, context.Background(), "", "ingest", "--quiet", "--db", db, filepath.Join(root, "a"), filepath.Join(root, "b"))
	if code != exitInputErrors || !strings.Contains(stderr, filepath.Join(root, "b", "page.txt")) || !strings.Contains(stderr, "already the id of "+filepath.Join(root, "a", "page.txt")) {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	var titles []string
	for _, line := range jsonLines(runCLI(t, "export", "--db", db, "articles")) {
		var a struct{ ID, Title string }
		json.Unmarshal(line, &a)
		titles = append(titles, a.ID+"="+a.Title)
	}
	if len(titles) != 1 || titles[0] != "page.txt=Harbour talks resume as strike enters third day" {
		t.Errorf("stored %q, want the first page.txt only", titles)
	}
}

// TestIngestNothingToRead: an ingest none of whose paths exists fails and
// creates no store; one with some paths missing reads the others and exits 3.
func TestIngestNothingToRead(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "s.db")
	code, _, stderr := cli(t, context.Background(), "", "ingest", "--db", db, filepath.Join(dir, "typo"))
	if code != exitFailure || !strings.Contains(stderr, "nothing to read") {
		t.Errorf("exit %d, stderr %q; want %d and nothing to read", code, stderr, exitFailure)
	}
	if _, err := os.Stat(db); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the store was created: %v", err)
	}
	writeFileAll(t, filepath.Join(dir, "in", "p.txt"), goodArticle)
	code, _, stderr = cli(t, context.Background(), "", "ingest", "--quiet", "--db", db, filepath.Join(dir, "typo"), filepath.Join(dir, "in"))
	if code != exitInputErrors {
		t.Errorf("with one path missing: exit %d (stderr %q), want %d", code, stderr, exitInputErrors)
	}
}

// TestReadCommandsNeedAStore: export and stories refuse a --db that does not
// exist (exit 1, a message, no file created), and do not change a store.
func TestReadCommandsNeedAStore(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "missing.db")
	for _, args := range [][]string{{"export", "articles"}, {"export", "stories"}, {"export", "entities"}, {"export", "quotes"}, {"stories"}, {"story", "s-0"}, {"search", "rain"}} {
		code, stdout, stderr := cli(t, context.Background(), "", append(args, "--db", missing)...)
		if code != exitFailure || stdout != "" || !strings.Contains(stderr, "no store here") {
			t.Errorf("%v: exit %d, stdout %q, stderr %q", args, code, stdout, stderr)
		}
		if _, err := os.Stat(missing); !errors.Is(err, os.ErrNotExist) {
			t.Fatalf("%v created the store: %v", args, err)
		}
	}
	// An existing store is read, not rewritten.
	db := filepath.Join(dir, "s.db")
	writeFileAll(t, filepath.Join(dir, "in", "p.txt"), goodArticle)
	runCLI(t, "ingest", "--quiet", "--db", db, filepath.Join(dir, "in"))
	before, _ := os.ReadFile(db)
	runCLI(t, "export", "--db", db, "articles")
	runCLI(t, "stories", "--db", db)
	var story struct{ ID string }
	if err := json.Unmarshal(bytes.SplitN(runCLI(t, "export", "--db", db, "stories"), []byte("\n"), 2)[0], &story); err != nil || story.ID == "" {
		t.Fatalf("no story to read (%v)", err)
	}
	runCLI(t, "story", "--db", db, story.ID)
	if after, _ := os.ReadFile(db); !bytes.Equal(before, after) {
		t.Error("a read command changed the store file")
	}
	// A writer holding the store does not stop a reader.
	holder, err := sqlite.OpenWriter(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer holder.Close()
	if out := runCLI(t, "story", "--db", db, story.ID); !bytes.Contains(out, []byte(story.ID)) {
		t.Errorf("story %s printed %q", story.ID, out)
	}
	// An article id shows the article's story.
	if out := runCLI(t, "story", "--db", db, "p.txt"); !bytes.Contains(out, []byte(story.ID)) {
		t.Errorf("story p.txt printed %q, want its story %s", out, story.ID)
	}
}

// TestSecondWriterRefused: an ingest into a store another writer holds is
// refused with a clear message and changes nothing; a read command still works.
func TestSecondWriterRefused(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "busy.db")
	writeFileAll(t, filepath.Join(dir, "in", "p.txt"), goodArticle)
	holder, err := sqlite.OpenWriter(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer holder.Close()
	code, _, stderr := cli(t, context.Background(), "", "ingest", "--quiet", "--db", db, filepath.Join(dir, "in"))
	if code != exitFailure || !strings.Contains(stderr, "is writing this store") {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	if n, err := holder.Count(context.Background()); err != nil || n != 0 {
		t.Errorf("the refused ingest stored %d articles (%v)", n, err)
	}
	if code, _, stderr := cli(t, context.Background(), "", "export", "--db", db, "articles"); code != 0 {
		t.Errorf("export beside a writer: exit %d, %s", code, stderr)
	}
}

// TestStoriesStripsEscapes: a title with terminal escape sequences (clear
// screen, window title) and control characters prints as plain text.
func TestStoriesStripsEscapes(t *testing.T) {
	dir := t.TempDir()
	body := strings.Repeat("The harbour strike went on for a third day as talks resumed in the city. ", 4)
	rec, _ := json.Marshal(map[string]string{"id": "evil\x1b[31m", "title": "\x1b[2J\x1b]0;pwned\x07Harbour\x00 strike\u202e goes\u009b1mon", "text": body, "source": "bad\x1bcsite"})
	writeFileAll(t, filepath.Join(dir, "in", "x.jsonl"), string(rec)+"\n")
	db := filepath.Join(dir, "s.db")
	runCLI(t, "ingest", "--quiet", "--db", db, filepath.Join(dir, "in"))
	out := string(runCLI(t, "stories", "--db", db))
	if strings.ContainsAny(out, "\x1b\x07\x00\u202e\u009b") || strings.Contains(out, "pwned") {
		t.Errorf("stories printed control characters or escapes: %q", out)
	}
	if !strings.Contains(out, "Harbour strike goeson") || !strings.Contains(out, "badsite") {
		t.Errorf("stories lost the text around the escapes: %q", out)
	}
}

func TestTerminalText(t *testing.T) {
	for in, want := range map[string]string{
		"plain title":                       "plain title",
		"two\nlines\ttab":                   "two lines tab",
		"\x1b[2Jclear":                      "clear",
		"\x1b]0;title\x07after":             "after",
		"\x1b]8;;http://x\x1b\\link":        "link",
		"reset\x1bc":                        "reset",
		"bell\x07 nul\x00 del\x7f c1\u0085": "bell nul del c1",
		"rtl\u202eevil\u2066":               "rtlevil",
		"cut\x1b[":                          "cut",
		"  spaced   out  ":                  "spaced out",
	} {
		if got := terminalText(in); got != want {
			t.Errorf("terminalText(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestCommandLineMessages: a bad flag prints a one-line usage and its error
// once (not the whole help), help asked for goes to stdout (a pager reads
// it) and help beside a usage error to stderr, --version works, and
// messages carry no internal operation names.
func TestCommandLineMessages(t *testing.T) {
	dir := t.TempDir()
	writeFileAll(t, filepath.Join(dir, "in", "p.txt"), goodArticle)
	tests := []struct {
		name       string
		args       []string
		wantCode   int
		wantOut    string
		wantErr    []string // each must appear exactly once
		wantNotErr []string
	}{
		{"unknown flag", []string{"ingest", "--nope", "x"}, exitUsage, "", []string{"flag provided but not defined: -nope", "Usage: storyline ingest"}, []string{"Flags:", "Read pages from"}},
		{"bad value", []string{"stories", "--limit", "many"}, exitUsage, "", []string{"invalid value \"many\" for flag -limit", "Usage: storyline stories"}, []string{"Flags:"}},
		{"negative value", []string{"stories", "--limit", "-1"}, exitUsage, "", []string{"--limit -1", "Usage: storyline stories"}, []string{"Flags:"}},
		{"missing value", []string{"export", "articles", "--db"}, exitUsage, "", []string{"flag needs an argument: -db", "Usage: storyline export"}, []string{"Flags:"}},
		{"help", []string{"ingest", "--help"}, exitOK, "Usage: storyline ingest", nil, []string{"Usage: storyline ingest"}},
		{"main help", []string{"--help"}, exitOK, "storyline turns news pages", nil, []string{"Usage: storyline"}},
		{"kinds help", []string{"train", "--help"}, exitOK, "Usage: storyline train KIND", nil, []string{"Usage: storyline"}},
		{"no command", nil, exitUsage, "", []string{"Usage: storyline COMMAND"}, nil},
		{"no kind", []string{"eval"}, exitUsage, "", []string{"Usage: storyline eval KIND", "eval needs a kind"}, nil},
		{"version", []string{"--version"}, exitOK, "storyline ", nil, nil},
		{"version command", []string{"version"}, exitOK, "storyline ", nil, nil},
		{"missing input", []string{"ingest", "--quiet", "--db", filepath.Join(dir, "m.db"), filepath.Join(dir, "does-not-exist.txt")}, exitFailure, "", []string{"does-not-exist.txt\": no such file or folder"}, []string{"ingest.expand", "ingest."}},
		{"missing store", []string{"export", "--db", filepath.Join(dir, "none.db"), "articles"}, exitFailure, "", []string{"none.db: no store here"}, []string{"sqlite."}},
		{"other URL, reader", []string{"export", "--db", "mysql://h/db", "articles"}, exitUsage, "", []string{"--db mysql://h/db: a store is a SQLite file or a postgres:// URL"}, []string{"no store here"}},
		{"other URL, writer", []string{"ingest", "--quiet", "--db", "sqlite://" + filepath.Join(dir, "u.db"), filepath.Join(dir, "in")}, exitUsage, "", []string{"a store is a SQLite file or a postgres:// URL"}, []string{"lock file", "no such file"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := cli(t, context.Background(), "", tt.args...)
			if code != tt.wantCode || !strings.HasPrefix(stdout, tt.wantOut) {
				t.Fatalf("exit %d, stdout %q, stderr %q", code, stdout, stderr)
			}
			for _, w := range tt.wantErr {
				if n := strings.Count(stderr, w); n != 1 {
					t.Errorf("stderr has %q %d times, want once:\n%s", w, n, stderr)
				}
			}
			for _, w := range tt.wantNotErr {
				if strings.Contains(stderr, w) {
					t.Errorf("stderr has %q:\n%s", w, stderr)
				}
			}
		})
	}
}

// TestSymlinkInFolderNotFollowed: a link in an input folder to a file
// elsewhere is reported and not stored.
func TestSymlinkInFolderNotFollowed(t *testing.T) {
	dir := t.TempDir()
	secret := filepath.Join(t.TempDir(), "passwd")
	writeFileAll(t, secret, "root:x:0:0:root:/root:/bin/bash\n"+otherArticle)
	writeFileAll(t, filepath.Join(dir, "in", "p.txt"), goodArticle)
	if err := os.Symlink(secret, filepath.Join(dir, "in", "q.txt")); err != nil {
		t.Skip(err)
	}
	db := filepath.Join(dir, "s.db")
	code, _, stderr := cli(t, context.Background(), "", "ingest", "--quiet", "--db", db, filepath.Join(dir, "in"))
	if code != 0 || !strings.Contains(stderr, "q.txt: a symbolic link, not followed") {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	ids := exportIDs(t, db)
	if len(ids) != 1 || !ids["p.txt"] {
		t.Errorf("stored %v, want p.txt only", ids)
	}
}

func writeFileAll(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, path, content)
}

// FuzzTerminalText: whatever a page holds, what reaches the terminal has no
// control character, escape or bidi override, and cleaning it again
// changes nothing.
func FuzzTerminalText(f *testing.F) {
	for _, s := range []string{"\x1b[2J", "\x1b]0;t\x07x", "a\u202eb", "\u009b31m", "x\x1b", "  a \n b  "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := terminalText(s)
		for _, r := range out {
			if r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) || isBidiControl(r) {
				t.Fatalf("terminalText(%q) = %q holds %U", s, out, r)
			}
		}
		if again := terminalText(out); again != out {
			t.Fatalf("not idempotent: %q -> %q -> %q", s, out, again)
		}
	})
}

// TestInputNamesWithEscapes: a file whose name holds an escape sequence is
// reported without it reaching the terminal.
func TestInputNamesWithEscapes(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "in", "clear\x1b[2J\x1b]0;x\x07.txt")
	writeFileAll(t, name, "")
	code, _, stderr := cli(t, context.Background(), "", "ingest", "--quiet", "--db", filepath.Join(dir, "s.db"), filepath.Join(dir, "in"), name)
	if code != exitInputErrors || strings.ContainsAny(stderr, "\x1b\x07") || !strings.Contains(stderr, "empty input") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
}

// TestHasURLScheme: what begins as a URL (a scheme, then "://") names no
// SQLite file; a path never does.
func TestHasURLScheme(t *testing.T) {
	for in, want := range map[string]bool{
		"postgres://h/db": true, "mysql://x": true, "sqlite://a.db": true, "git+ssh://h": true,
		"news.db": false, "data/news.db": false, "./a://b": false, "://x": false, "1db://x": false, `C:\news.db`: false,
	} {
		if got := hasURLScheme(in); got != want {
			t.Errorf("hasURLScheme(%q) = %v, want %v", in, got, want)
		}
	}
}
