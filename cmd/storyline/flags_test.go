package main

import (
	"context"
	"flag"
	"io"
	"log/slog"
	"os"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestParseFlagsAnywhere(t *testing.T) {
	tests := []struct {
		args, wantArgs, wantDB string
		wantQuiet              bool
	}{
		{"entities --db x.db", "entities", "x.db", false},
		{"--db x.db entities", "entities", "x.db", false},
		{"a - --quiet b --db=y.db", "a - b", "y.db", true},
		{"a -- --db z.db", "a --db z.db", "", false},
		{"", "", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.args, func(t *testing.T) {
			fs := flag.NewFlagSet("test", flag.ContinueOnError)
			fs.SetOutput(io.Discard)
			db := fs.String("db", "", "")
			quiet := fs.Bool("quiet", false, "")
			if err := parseFlagsTo(fs, strings.Fields(tt.args), io.Discard); err != nil {
				t.Fatal(err)
			}
			if got := fs.Args(); !slices.Equal(got, strings.Fields(tt.wantArgs)) || *db != tt.wantDB || *quiet != tt.wantQuiet {
				t.Errorf("args %q db %q quiet %v, want %q %q %v", got, *db, *quiet, tt.wantArgs, tt.wantDB, tt.wantQuiet)
			}
		})
	}
}

func TestParseFlagsReportsUnknown(t *testing.T) {
	fs := flag.NewFlagSet("test", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	if err := parseFlagsTo(fs, []string{"a", "--nope"}, io.Discard); err == nil {
		t.Error("an unknown flag after an argument was accepted")
	}
	fs.String("db", "", "")
	if err := parseFlagsTo(fs, []string{"entities", "--db"}, io.Discard); err == nil {
		t.Error("a flag with no value at the end was accepted")
	}
}

// TestArgumentsChecked: counts below one, arguments a command does not
// take and dates that are no calendar date are usage errors (exit 2)
// before anything is read or made.
func TestArgumentsChecked(t *testing.T) {
	dir := t.TempDir()
	db := dir + "/s.db"
	runCLI(t, "ingest", "--quiet", "--db", db, "../../examples/corpus")
	for _, args := range [][]string{
		{"ingest", "--db", dir + "/new.db", "--workers", "0", "../../examples/corpus"},
		{"ingest", "--db", dir + "/new.db", "--workers=-3", "../../examples/corpus"},
		{"ingest", "--db", dir + "/new.db", "--max-page-bytes", "-1", "../../examples/corpus"},
		{"ingest", "--db", dir + "/new.db", "--workers", "two", "../../examples/corpus"},
		{"bench", "--workers", "0", "../../examples/corpus"},
		{"bench", "--peers", "../../examples/corpus", "../../examples/corpus"},
		{"stories", "--db", db, "extra"},
		{"ingest", "--queue", "http://127.0.0.1:4222", "--db", "postgres://u@127.0.0.1:1/x", "../../examples/corpus"},
		{"ingest", "--queue", "nats://127.0.0.1:1", "--force", "--db", "postgres://u@127.0.0.1:1/x", "../../examples/corpus"},
		{"search", "--db", db, "--from", "2026-13-45", "flood"},
		{"search", "--db", db, "--to", "2026-02-30", "flood"},
		{"version", "extra"},
		{"export", "--db", db},
		{"story", "--db", db},
	} {
		var stderr strings.Builder
		m := &Main{Stdin: strings.NewReader(""), Stdout: io.Discard, Stderr: &stderr, Getenv: func(string) string { return "" }, Now: time.Now}
		if code := m.Run(context.Background(), args); code != exitUsage {
			t.Errorf("%s: exit %d, want %d\n%s", strings.Join(args, " "), code, exitUsage, stderr.String())
		}
		// a short usage line and the error, not the whole help
		if n := strings.Count(stderr.String(), "\n"); n > 2 {
			t.Errorf("%s: %d lines on stderr, want the usage line and the error\n%s", strings.Join(args, " "), n, stderr.String())
		}
	}
	if _, err := os.Stat(dir + "/new.db"); !os.IsNotExist(err) {
		t.Errorf("a refused ingest made its store (%v)", err)
	}
}

func TestLogLevel(t *testing.T) {
	tests := []struct {
		in   string
		want slog.Level
		ok   bool
	}{
		{"", slog.LevelWarn, true},
		{"debug", slog.LevelDebug, true},
		{"INFO", slog.LevelInfo, true},
		{"error", slog.LevelError, true},
		{"bogus", slog.LevelWarn, false},
	}
	for _, tt := range tests {
		if got, ok := logLevel(tt.in); got != tt.want || ok != tt.ok {
			t.Errorf("logLevel(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}
