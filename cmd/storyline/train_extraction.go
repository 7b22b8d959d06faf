package main

import (
	"context"
	"io"
	"path/filepath"
	"time"

	"github.com/storyline-news/storyline/extract/extracttrain"
)

// trainExtraction learns the text-dump cleaner's line model from the
// extraction benchmark's dev half.
func (m *Main) trainExtraction(ctx context.Context, args []string) error {
	fs := m.flags("train extraction", "--data DIR [--out FILE]",
		`Train the boilerplate model of the text-dump cleaner on an extraction data set
laid out as ../shared/data/extraction (text/, html/, gold/) and write the weights
the build embeds. Training is deterministic: the same data gives the same bytes.`)
	data := fs.String("data", "", "the extraction data folder (required)")
	out := fs.String("out", filepath.Join("extract", "model.json"), "where to write the model")
	if err := m.parseFlags(fs, args); err != nil {
		return err
	}
	if *data == "" {
		return usageError("train extraction needs --data DIR")
	}
	start := time.Now()
	if err := writeFileAtomic(*out, func(w io.Writer) error {
		return extracttrain.Train(ctx, *data, w, extracttrain.Options{Logger: m.Logger})
	}); err != nil {
		return err
	}
	m.Logger.Info("train extraction: wrote model", "path", *out, "took", time.Since(start).Round(time.Millisecond))
	return nil
}
