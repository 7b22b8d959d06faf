package main

import (
	"context"
	"fmt"
	"os"
	"time"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/eval"
	"github.com/storyline-news/storyline/ner"
)

// evalNER tags a gold CoNLL file with the tagger and prints the conlleval
// report: entity P/R/F1 overall, per type and untyped.
func (m *Main) evalNER(ctx context.Context, args []string) error {
	fs := m.flags("eval ner", "[--model FILE] [--title-case] FILE",
		"Tag the tokens of a gold CoNLL file (IOB2 tag in the last column) and score the tags the conlleval way.")
	modelPath := fs.String("model", "", "a model file written by 'storyline train ner' (default: the embedded model)")
	titleCase := fs.Bool("title-case", false, "first write each headline given in capitals in title case, as news pages do (\"Japan Get Lucky Win, China in Surprise Defeat\"), and score those headlines apart too")
	if err := m.parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usageError("eval ner needs one gold CoNLL FILE")
	}
	model, err := loadNERModel(*modelPath)
	if err != nil {
		return err
	}
	f, err := os.Open(fs.Arg(0))
	if err != nil {
		return storyline.InputError("eval ner", fs.Arg(0), err)
	}
	defer f.Close()
	docs, err := ner.ReadCoNLL(ctx, f)
	if err != nil {
		return err
	}
	var scores, headScores eval.NERScores
	var spent time.Duration
	for _, d := range docs {
		words, heads := d.Words(), make([]bool, len(d.Sentences))
		if *titleCase {
			words, heads = eval.TitleCaseHeadlines(words)
		}
		start := time.Now()
		pred := model.TagDocument(words)
		spent += time.Since(start)
		for s, sent := range d.Sentences {
			if sent.Tags == nil {
				return storyline.Errorf(storyline.EINPUT, "eval ner: %s: a sentence has no gold tag column", fs.Arg(0))
			}
			if err := scores.AddSentence(sent.Tags, pred[s]); err != nil {
				return err
			}
			if heads[s] {
				if err := headScores.AddSentence(sent.Tags, pred[s]); err != nil {
					return err
				}
			}
		}
	}
	if *titleCase {
		fmt.Fprintln(m.Stdout, "the whole file, its headlines in title case:")
	}
	if err := scores.Write(m.Stdout); err != nil {
		return err
	}
	if *titleCase {
		fmt.Fprintln(m.Stdout, "\nthe headlines alone, in title case:")
		if err := headScores.Write(m.Stdout); err != nil {
			return err
		}
	}
	_, err = fmt.Fprintf(m.Stdout, "speed: %d tokens in %.2fs of tagging, %.0f tokens/s\n",
		scores.Tokens, spent.Seconds(), float64(scores.Tokens)/max(spent.Seconds(), 1e-9))
	return err
}

// loadNERModel returns the model in path, or the embedded one when path is empty.
func loadNERModel(path string) (*ner.Model, error) {
	if path == "" {
		return ner.Load()
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, storyline.InputError("ner model", path, err)
	}
	defer f.Close()
	return ner.Read(f)
}
