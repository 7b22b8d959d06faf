package main

import (
	"flag"
	"io"
	"slices"
	"strings"
	"testing"
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
			if err := parseFlags(fs, strings.Fields(tt.args)); err != nil {
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
	if err := parseFlags(fs, []string{"a", "--nope"}); err == nil {
		t.Error("an unknown flag after an argument was accepted")
	}
	fs.String("db", "", "")
	if err := parseFlags(fs, []string{"entities", "--db"}); err == nil {
		t.Error("a flag with no value at the end was accepted")
	}
}
