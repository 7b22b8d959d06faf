package main

import (
	"context"
	"strings"
	"testing"
)

// TestTrainFiguresUsage: train figures needs a source, written
// EVENTS=GOLD, and says so with the usage exit code (2) before it ingests
// anything.
func TestTrainFiguresUsage(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"no source", []string{"train", "figures"}, "needs --source"},
		{"no gold", []string{"train", "figures", "--source", "events.jsonl"}, "EVENTS=GOLD"},
		{"no events", []string{"train", "figures", "--tune", "=gold.jsonl"}, "EVENTS=GOLD"},
	}
	for _, tt := range tests {
		code, _, stderr := cli(t, context.Background(), "", tt.args...)
		if code != 2 || !strings.Contains(stderr, tt.want) {
			t.Errorf("%s: exit %d, stderr %q; want 2 and %q", tt.name, code, stderr, tt.want)
		}
	}
}
