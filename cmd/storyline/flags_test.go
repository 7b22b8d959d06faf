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
