package extract

import (
	"bytes"
	"context"
	"flag"
	"os"
	"testing"
	"time"
)

var (
	update   = flag.Bool("update", false, "retrain the embedded model.json from ../shared/data/extraction")
	crossval = flag.Bool("crossval", false, "print two-fold cross-validated figures on ../shared/data/extraction")
)

// TestTrainModel regenerates model.json with -update; otherwise it checks
// that the embedded model is the one training produces today.
func TestTrainModel(t *testing.T) {
	if !*update {
		t.Skip("run with -update to retrain model.json")
	}
	dir := sharedDir(t, "data/extraction")
	var buf bytes.Buffer
	if err := Train(context.Background(), dir, &buf); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile("model.json", buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestCrossValidate(t *testing.T) {
	if !*crossval {
		t.Skip("run with -crossval to print cross-validated figures")
	}
	dir := sharedDir(t, "data/extraction")
	var buf bytes.Buffer
	now := func() time.Time { return time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC) }
	if err := CrossValidate(context.Background(), dir, Options{Now: now}, &buf, testing.Verbose()); err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + buf.String())
}
