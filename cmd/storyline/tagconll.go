package main

import (
	"bufio"
	"context"
	"io"

	"github.com/storyline-news/storyline/ner"
)

// runTagCoNLL tags CoNLL tokens from stdin with the embedded model, one
// document at a time, and writes every line back with its IOB2 tag appended
// (CONTRACT.md).
func (m *Main) runTagCoNLL(ctx context.Context, args []string) error {
	fs := m.flags("tag-conll", "< tokens.conll > tagged.conll",
		`Read CoNLL-formatted tokens on stdin (token in the first column, a blank line
between sentences, -DOCSTART- lines between documents) and write each line back
with the predicted entity tag (B-PER, I-ORG, B-LOC, B-MISC, O, ...) appended.`)
	modelPath := fs.String("model", "", "a model file written by 'storyline train ner' (default: the embedded model)")
	if err := m.parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError("tag-conll reads stdin and takes no arguments")
	}
	model, err := loadNERModel(*modelPath)
	if err != nil {
		return err
	}
	r := ner.NewCoNLLReader(m.Stdin)
	w := bufio.NewWriterSize(m.Stdout, 1<<16)
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		doc, err := r.Next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		if err := ner.WriteTagged(w, doc, model.TagDocument(doc.Words())); err != nil {
			return err
		}
	}
}
