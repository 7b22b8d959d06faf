package quote

import (
	"context"
	"flag"
	"os"
	"testing"
)

var genLexicon = flag.Bool("gen-lexicon", false, "rebuild cues.json from ../shared/data/quotes/polnear_train.jsonl")

func TestGenerateLexicon(t *testing.T) {
	if !*genLexicon {
		t.Skip("run with -gen-lexicon to rebuild cues.json")
	}
	f, err := os.Create("cues.json")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := Train(context.Background(), sharedPath(t, "data/quotes/polnear_train.jsonl"), f); err != nil {
		t.Fatal(err)
	}
}
