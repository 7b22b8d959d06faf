package nertrain

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/storyline-news/storyline/sharedtest"
)

// TestTrainWritesEmbeddedModel trains on the shared CoNLL train file, with
// the word clusters of its default unlabelled text, as ner/MODEL.md says,
// and checks that the result is the embedded model byte for byte: a change
// to what the trainer reads (the sentence splitter fed the clusters once)
// shows here rather than weeks later. About 30 s; skipped with -short.
func TestTrainWritesEmbeddedModel(t *testing.T) {
	if testing.Short() {
		t.Skip("trains the whole model (about 30 s)")
	}
	data := sharedtest.Path(t, filepath.Join("data", "ner", "train.conll"))
	want, err := os.ReadFile(filepath.Join("..", "model", "ner.bin.gz"))
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	unlabelled, err := ReadUnlabelled(ctx, DefaultUnlabelled(data))
	if err != nil {
		t.Fatal(err)
	}
	var got bytes.Buffer
	if err := Train(ctx, data, &got, Options{Unlabelled: unlabelled}); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got.Bytes(), want) {
		t.Errorf("train ner wrote %d bytes that differ from the embedded model's %d: retrain on purpose (ner/MODEL.md) or find what changed what the trainer reads", got.Len(), len(want))
	}
}
