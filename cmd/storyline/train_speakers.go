package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"time"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/entity"
	"github.com/storyline-news/storyline/ner"
	"github.com/storyline-news/storyline/pipeline"
	"github.com/storyline-news/storyline/quote"
	"github.com/storyline-news/storyline/quote/quotetrain"
	"github.com/storyline-news/storyline/text"
)

// trainSpeakers learns the speaker decision over the quotations with marks
// from PolNeAR-format data. It reads the articles with the embedded cue
// lexicon, reported-speech model and NER model, so retrain it after any of
// those and a rebuild.
func (m *Main) trainSpeakers(ctx context.Context, args []string) error {
	fs := m.flags("train speakers", "--data FILE [--model FILE] [--out FILE]",
		`Learn who said each quotation with marks (a conditional logit over the names
near it, the people its pronouns stand for, what each rule proposes, and nobody)
from PolNeAR-format JSON Lines; print speaker accuracy cross-validated by article
beside the rules' on the same quotations, and write the file the build embeds.`)
	data := fs.String("data", "", "training data in PolNeAR JSON Lines (required)")
	modelPath := fs.String("model", "", "a NER model file (default: the embedded model)")
	out := fs.String("out", filepath.Join("quote", "speakers.json"), "where to write the model")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *data == "" {
		return usageError("train speakers needs --data FILE")
	}
	if !fileExists(*data) {
		return storyline.InputError("train speakers", *data, os.ErrNotExist)
	}
	start := time.Now()
	arts, err := m.speakerArticles(ctx, *data, *modelPath)
	if err != nil {
		return err
	}
	if err := writeFileAtomic(*out, func(w io.Writer) error {
		return quotetrain.TrainSpeakers(ctx, arts, w, m.Stdout)
	}); err != nil {
		return err
	}
	m.Logger.Info("train speakers: wrote model", "path", *out, "took", time.Since(start).Round(time.Millisecond))
	return nil
}

// speakerArticles annotates every gold article up to the entities and
// collects the candidates of its quotations with marks as the rules read
// them.
func (m *Main) speakerArticles(ctx context.Context, data, modelPath string) ([]quotetrain.SpeakerArticle, error) {
	docs, err := readQuoteGold(ctx, data)
	if err != nil {
		return nil, err
	}
	q, err := quote.New()
	if err != nil {
		return nil, err
	}
	model, err := loadNERModel(modelPath)
	if err != nil {
		return nil, fmt.Errorf("train speakers: load NER model: %w", err)
	}
	p := &pipeline.Pipeline{Stages: []storyline.Stage{text.Stage{}, ner.NewStage(model), entity.Stage{}}}
	arts := make([]quotetrain.SpeakerArticle, 0, len(docs))
	for _, g := range docs {
		d := &storyline.Doc{Article: &storyline.Article{ID: g.DocID, Body: g.Text}}
		if err := p.Annotate(ctx, d); err != nil {
			return nil, fmt.Errorf("train speakers: %s: %w", g.DocID, err)
		}
		choices, evidence := q.SpeakerChoices(d)
		kept, err := keptSpeakers(ctx, d, choices, evidence)
		if err != nil {
			return nil, fmt.Errorf("train speakers: %s: %w", g.DocID, err)
		}
		arts = append(arts, quotetrain.SpeakerArticle{ID: g.DocID, Text: g.Text, Gold: g.Quotes, Choices: choices, Kept: kept})
	}
	return arts, nil
}

// keptSpeakers are the candidate names that the entity stage's Speakers
// pass keeps as speakers (it blanks a name it can make no entity of): it
// runs on a copy of the article whose quotations are one per name.
func keptSpeakers(ctx context.Context, d *storyline.Doc, choices []quote.SpeakerChoice, evidence []storyline.SpeakerMention) (map[string]bool, error) {
	art := *d.Article
	art.Entities = slices.Clone(d.Article.Entities)
	art.Quotes = nil
	for _, c := range choices {
		for _, n := range c.Names {
			if n != "" {
				art.Quotes = append(art.Quotes, storyline.Quote{Speaker: n})
			}
		}
	}
	probe := *d
	probe.Article, probe.Speakers = &art, evidence
	if err := (entity.Speakers{}).Process(ctx, &probe); err != nil {
		return nil, err
	}
	kept := map[string]bool{}
	for _, q := range art.Quotes {
		if q.Speaker != "" {
			kept[q.Speaker] = true
		}
	}
	return kept, nil
}
