package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/ner/nertrain"
	"github.com/storyline-news/storyline/quote/quotetrain"
)

// trainers maps "storyline train KIND" to the function that trains KIND.
// Each model's training command lives in its own file or function.
func (m *Main) trainers() map[string]func(context.Context, []string) error {
	return map[string]func(context.Context, []string) error{
		"ner":        m.trainNER,
		"quotes":     m.trainQuotes,
		"reported":   m.trainReported,
		"speakers":   m.trainSpeakers,
		"extraction": m.trainExtraction,
		"headline":   m.trainHeadline,
		"byline":     m.trainByline,
		"texttitle":  m.trainTextTitle,
		"textbyline": m.trainTextByline,
		"textsite":   m.trainTextSite,
		"date":       m.trainDate,
		"textdate":   m.trainTextDate,
		"stories":    m.trainStories,
		"grouping":   m.trainGrouping,
		"figures":    m.trainFigures,
	}
}

func (m *Main) runTrain(ctx context.Context, args []string) error {
	return m.runSubcommand(ctx, subcommands{"train", "Train a model from data and write the file the build embeds.", m.trainers()}, args)
}

func (m *Main) trainNER(ctx context.Context, args []string) error {
	fs := m.flags("train ner", "--data FILE [--dev FILE] [--out FILE]",
		`Train the named-entity tagger on CoNLL-2003-style data (token first, IOB2 tag last)
and write the model. Training is deterministic: the same data gives the same bytes.
With --dev, the dev score of every epoch is logged (the model is the same either way).`)
	data := fs.String("data", "", "training data in CoNLL format (required)")
	dev := fs.String("dev", "", "dev data to report the score of each epoch on (default: dev.conll beside --data, if present)")
	out := fs.String("out", filepath.Join("ner", "model", "ner.bin.gz"), "where to write the model")
	unlabelled := fs.String("unlabelled", "", "comma-separated files or folders of .txt/.jsonl text to learn word clusters from\n(default: quotes/, events/ and extraction/text/ beside the NER data folder; \"none\": no clusters)")
	opts := nertrain.Options{Logger: m.Logger}
	fs.IntVar(&opts.Epochs, "epochs", 0, "passes over the data (0: the default)")
	if err := m.parseFlags(fs, args); err != nil {
		return err
	}
	if *data == "" {
		return usageError("train ner needs --data FILE")
	}
	if !fileExists(*data) {
		return storyline.InputError("train ner", *data, os.ErrNotExist)
	}
	opts.Dev = *dev
	if opts.Dev == "" {
		if p := filepath.Join(filepath.Dir(*data), "dev.conll"); fileExists(p) {
			opts.Dev = p
		}
	}
	start := time.Now()
	paths := nertrain.DefaultUnlabelled(*data)
	switch *unlabelled {
	case "":
	case "none":
		paths = nil
	default:
		paths = strings.Split(*unlabelled, ",")
	}
	var err error
	if opts.Unlabelled, err = nertrain.ReadUnlabelled(ctx, paths); err != nil {
		return err
	}
	m.Logger.Info("train ner: unlabelled text", "paths", paths, "sentences", len(opts.Unlabelled))
	if err := writeFileAtomic(*out, func(w io.Writer) error { return nertrain.Train(ctx, *data, w, opts) }); err != nil {
		return err
	}
	m.Logger.Info("train ner: wrote model", "path", *out, "took", time.Since(start).Round(time.Millisecond))
	return nil
}

// trainQuotes learns the quote stage's cue lexicon from PolNeAR-format data.
func (m *Main) trainQuotes(ctx context.Context, args []string) error {
	fs := m.flags("train quotes", "--data FILE [--out FILE]",
		`Learn the cue lexicon of the quote stage (cue lemmas with counts, the
genders of given names, the surnames of full names that spoke) from
PolNeAR-format JSON Lines and write the file the build embeds.`)
	data := fs.String("data", "", "training data in PolNeAR JSON Lines (required)")
	out := fs.String("out", filepath.Join("quote", "cues.json"), "where to write the lexicon")
	if err := m.parseFlags(fs, args); err != nil {
		return err
	}
	if *data == "" {
		return usageError("train quotes needs --data FILE")
	}
	if !fileExists(*data) {
		return storyline.InputError("train quotes", *data, os.ErrNotExist)
	}
	start := time.Now()
	if err := writeFileAtomic(*out, func(w io.Writer) error { return quotetrain.Train(ctx, *data, w, quotetrain.Options{Logger: m.Logger}) }); err != nil {
		return err
	}
	m.Logger.Info("train quotes: wrote lexicon", "path", *out, "took", time.Since(start).Round(time.Millisecond))
	return nil
}

func fileExists(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.Mode().IsRegular()
}

// writeFileAtomic writes through a temporary file and renames it, so a
// failed or interrupted run never leaves a half-written model behind.
func writeFileAtomic(path string, write func(w io.Writer) error) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".tmp-"+filepath.Base(path))
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	defer os.Remove(tmp.Name())
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := write(tmp); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}
