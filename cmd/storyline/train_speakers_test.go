package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storyline-news/storyline/eval"
)

// TestTrainSpeakersQuick runs train speakers --quick --misses on a few
// made-up PolNeAR-format articles and checks that it prints the figures,
// writes the misses and leaves the model file as it was, even where no
// model file could be written.
func TestTrainSpeakersQuick(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "gold.jsonl")
	var lines []string
	for i := range 10 {
		text := "“We will win the vote in the spring,” Mark Rutte said on Monday.\n\nDonald Trump met him in Davos."
		rs := []rune(text)
		end := strings.IndexRune(text, '”')
		end = len([]rune(text[:end])) + 1
		speaker := "Mark Rutte"
		if i == 0 {
			speaker = "Anna Berg" // no candidate: a miss
		}
		doc := eval.QuoteGoldDoc{DocID: fmt.Sprintf("made-up-%d", i), Text: text, Quotes: []eval.GoldQuote{{
			Spans: [][2]int{{0, end}}, Start: 0, End: end, Quote: string(rs[:end]), Speaker: &speaker, Kind: "direct",
		}}}
		b, err := json.Marshal(doc)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, string(b))
	}
	if err := os.WriteFile(data, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, misses := filepath.Join(dir, "speakers.json"), filepath.Join(dir, "misses.txt")
	if err := os.WriteFile(out, []byte("untouched"), 0o644); err != nil {
		t.Fatal(err)
	}
	report := string(runCLI(t, "train", "speakers", "--quick", "--data", data, "--out", out, "--misses", misses))
	for _, want := range []string{"a right candidate exists: all 0.900 (9/10)", "l2 0.001, every feature", "l2 0.001, without rules,"} {
		if !strings.Contains(report, want) {
			t.Errorf("report lacks %q:\n%s", want, report)
		}
	}
	if b, err := os.ReadFile(out); err != nil || string(b) != "untouched" {
		t.Errorf("the model file became %q (%v), want it untouched", b, err)
	}
	// --quick writes no model, so it needs no folder to write one in
	runCLI(t, "train", "speakers", "--quick", "--data", data, "--out", filepath.Join(dir, "no-such-folder", "speakers.json"))
	b, err := os.ReadFile(misses)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), "made-up-0\tname\tno candidate is right\tgold \"Anna Berg\"") {
		t.Errorf("misses lack made-up-0:\n%s", b)
	}
}
