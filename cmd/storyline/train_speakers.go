package main

import (
	"context"
	"flag"
	"io"
	"slices"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/entity"
	"github.com/storyline-news/storyline/eval"
	"github.com/storyline-news/storyline/quote"
	"github.com/storyline-news/storyline/quote/quotetrain"
)

// trainSpeakers learns the speaker decision over the quotations with marks,
// and over the readings of reported speech the stage keeps, from
// PolNeAR-format data. It reads the articles with the embedded cue
// lexicon, reported-speech model and NER model, so retrain it after any of
// those and a rebuild.
func (m *Main) trainSpeakers(ctx context.Context, args []string) error {
	var missesPath *string
	var quick *bool
	return m.trainOnPolNeAR(ctx, args, "speakers", " [--misses FILE] [--quick]",
		`Learn who said each quotation with marks and each kept reading of reported
speech (a conditional logit over the names near it, the people its pronouns
stand for, what each rule proposes, and nobody) from PolNeAR-format JSON Lines;
print speaker accuracy cross-validated by article beside the rules' on the same
quotations, and the share of right speakers over all matched attributions, and
write the file the build embeds.`,
		func(fs *flag.FlagSet) func() bool {
			missesPath = fs.String("misses", "", "also write to `FILE` the quotations with a gold source whose speaker the cross-validation gets wrong, with their candidates (with --quick: every feature at the embedded model's L2)")
			quick = fs.Bool("quick", false, "only print the cross-validated accuracy with every feature at each L2 strength and with each group left out; write no model (--out is not read)")
			return func() bool { return *quick }
		},
		func(ctx context.Context, data, nerModel string, w io.Writer) error {
			arts, err := speakerArticles(ctx, data, nerModel)
			if err != nil {
				return err
			}
			if *quick {
				quotetrain.QuickSpeakers(arts, m.Stdout)
				if *missesPath != "" {
					if err := writeFileAtomic(*missesPath, func(misses io.Writer) error {
						quotetrain.QuickMisses(arts, misses)
						return nil
					}); err != nil {
						return err
					}
				}
				return errNoModel
			}
			if *missesPath == "" {
				return quotetrain.TrainSpeakers(ctx, arts, w, m.Stdout)
			}
			return writeFileAtomic(*missesPath, func(misses io.Writer) error {
				return quotetrain.TrainSpeakersMisses(ctx, arts, w, m.Stdout, misses)
			})
		})
}

// speakerArticles annotates every gold article up to the entities and
// collects the candidates of its quotations with marks as the rules read
// them.
func speakerArticles(ctx context.Context, data, nerModel string) ([]quotetrain.SpeakerArticle, error) {
	q, err := quote.New()
	if err != nil {
		return nil, err
	}
	var arts []quotetrain.SpeakerArticle
	err = annotatePolNeAR(ctx, "train speakers", data, nerModel, func(g eval.QuoteGoldDoc, d *storyline.Doc) error {
		choices, evidence := q.SpeakerChoices(d)
		kept, err := keptSpeakers(ctx, d, choices, evidence)
		if err != nil {
			return err
		}
		arts = append(arts, quotetrain.SpeakerArticle{ID: g.DocID, Text: g.Text, Gold: g.Quotes, Choices: choices, Kept: kept, Pronouns: q.PronounResolutions(d)})
		return nil
	})
	return arts, err
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
