package main

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/entity"
	"github.com/storyline-news/storyline/eval"
	"github.com/storyline-news/storyline/ner"
	"github.com/storyline-news/storyline/pipeline"
	"github.com/storyline-news/storyline/quote"
	"github.com/storyline-news/storyline/text"
)

// evalQuotes runs the text, ner, entity and quote stages over every article
// of a PolNeAR-format gold file and prints the quote benchmark of
// shared/data/quotes/README.md.
func (m *Main) evalQuotes(ctx context.Context, args []string) (err error) {
	fs := m.flags("eval quotes", "--gold FILE [--model FILE]",
		"Find the quotations of every article in a PolNeAR-format JSON Lines file and score spans, speakers and cues.")
	gold := fs.String("gold", "", "gold quotes in PolNeAR JSON Lines (required)")
	modelPath := fs.String("model", "", "a NER model file (default: the embedded model)")
	dump := fs.String("dump", "", "write every article's predicted quotes to this JSON Lines file, for error analysis")
	speakers := fs.String("speakers", "", "who names the speakers of quotations with marks and of reported speech: rules, or learned (the embedded model of train speakers); default: the stage's")
	if err := m.parseFlags(fs, args); err != nil {
		return err
	}
	if *gold == "" {
		return usageError("eval quotes needs --gold FILE")
	}
	docs, err := readQuoteGold(ctx, *gold)
	if err != nil {
		return err
	}
	stages, err := m.quoteStages(*modelPath, *speakers)
	if err != nil {
		return err
	}
	var out *json.Encoder
	if *dump != "" {
		f, cerr := os.Create(*dump)
		if cerr != nil {
			return storyline.InputError("eval quotes", *dump, cerr)
		}
		defer closeInto(&err, f)
		out = json.NewEncoder(f)
	}
	var scores eval.QuoteScores
	start := time.Now()
	for _, g := range docs {
		d := &storyline.Doc{Article: &storyline.Article{ID: g.DocID, Body: g.Text}}
		if err := stages.Annotate(ctx, d); err != nil {
			return fmt.Errorf("eval quotes: %s: %w", g.DocID, err)
		}
		// PolNeAR counts a quotation split by its attribution as one
		quotes := storyline.JoinQuoteParts(d.Article.Quotes)
		scores.Add(g.Text, g.Quotes, quotes, speakerNames(d.Mentions))
		if out != nil {
			if err := out.Encode(map[string]any{"doc_id": g.DocID, "quotes": quotes, "mentions": d.Mentions}); err != nil {
				return fmt.Errorf("eval quotes: dump: %w", err)
			}
		}
	}
	if err := scores.Write(m.Stdout); err != nil {
		return err
	}
	names := make([]string, len(stages.Stages))
	for i, s := range stages.Stages {
		names[i] = s.Info().Name
	}
	_, err = fmt.Fprintf(m.Stdout, "time: %.2fs for %d articles (%s)\n", time.Since(start).Seconds(), len(docs), strings.Join(names, ", "))
	return err
}

// speakerNames are the canonical names of the PERSON and ORG mentions, the
// names a speaker may have.
func speakerNames(ms []storyline.Mention) []string {
	var out []string
	for _, m := range ms {
		if m.Type == storyline.Person || m.Type == storyline.Org {
			out = append(out, cmp.Or(m.Canonical, m.Text))
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

func readQuoteGold(ctx context.Context, path string) ([]eval.QuoteGoldDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, storyline.InputError("eval quotes", path, err)
	}
	defer f.Close()
	return eval.ReadQuoteGold(ctx, f)
}

// quoteStages are the stages the quote stage depends on, then itself and
// the entity pass that settles its speakers; speakers says who names the
// speakers of quotations with marks ("" for the stage's default).
func (m *Main) quoteStages(modelPath, speakers string) (*pipeline.Pipeline, error) {
	q, err := quote.New()
	if err != nil {
		return nil, err
	}
	switch speakers {
	case "":
	case "rules":
		q.Speakers = nil
	case "learned":
		if q.Speakers, err = quote.LoadSpeakerModel(); err != nil {
			return nil, err
		}
		if q.Speakers == nil {
			return nil, usageError("--speakers learned: this build embeds no speaker model (storyline train speakers)")
		}
	default:
		return nil, usageError("--speakers %q: want rules or learned", speakers)
	}
	model, err := loadNERModel(modelPath)
	if err != nil {
		return nil, fmt.Errorf("eval quotes: load NER model: %w", err)
	}
	p := &pipeline.Pipeline{Stages: []storyline.Stage{text.Stage{}, ner.NewStage(model), entity.Stage{Names: q.Lexicon}, q, entity.Speakers{}}}
	return p, p.Check()
}
