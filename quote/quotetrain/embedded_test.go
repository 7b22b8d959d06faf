package quotetrain

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/storyline-news/storyline/sharedtest"
)

// TestTrainWritesEmbeddedLexicon trains the cue lexicon on the shared
// PolNeAR train file, as the README's models table says, and checks that
// the result is the embedded quote/cues.json byte for byte: a change to
// what the trainer reads (the sentence splitter moved six gender counts
// once) shows here rather than weeks later. The lexicon feeds the
// reported-speech and speaker models, so a deliberate change retrains
// them too (README, "Models").
func TestTrainWritesEmbeddedLexicon(t *testing.T) {
	data := sharedtest.Path(t, filepath.Join("data", "quotes", "polnear_train.jsonl"))
	want, err := os.ReadFile(filepath.Join("..", "cues.json"))
	if err != nil {
		t.Fatal(err)
	}
	var got bytes.Buffer
	if err := Train(context.Background(), data, &got, Options{}); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got.Bytes(), want) {
		t.Errorf("train quotes wrote %d bytes that differ from the embedded lexicon's %d: retrain on purpose, or find what changed what the trainer reads", got.Len(), len(want))
	}
}
