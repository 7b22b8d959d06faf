// Package quote finds quotations in an article body (direct, partial and
// reported speech) and names who said them, as canonical entity names.
//
// It is rules over the tokens and the entity mentions, and one small model
// for reported speech (reportmodel.go, trained by quotetrain.TrainReported):
// pair the quotation marks of each paragraph (a curly quote may nest in a curly quote),
// join quotes that run over paragraphs or are split by their cue (but not
// transcript lines, "PENCE: …", each a turn of the person named), then look
// for a cue (from a lexicon learned by quotetrain.Train on PolNeAR, each form with its
// own share where the data has enough of it, and with how often its speaker
// follows it: "said Rutte", never "criticized Obama") and its subject around
// each quote. Two parts of a quotation stay one across an attribution clause
// of up to 40 tokens when it opens with its cue; a short title-case phrase
// after a possessive or "titled" is a title. A perceptron that ranked every
// name around a quote, with the rules' pick as a feature, scored no better on
// PolNeAR dev and was left out; so did a conditional logit over every name of
// the article and nobody, with features of distance, cues, pronouns, roles and
// the step of the rules that found each name: cross-validated over PolNeAR
// train articles it named speakers right 0.754 of the time against the
// rules' 0.751 at the same precision, and was not kept. Pronouns are resolved
// to people by distance,
// subject position, the chain of earlier pronouns and the gender the document
// shows (honorifics, pronouns) or the first names quotetrain.Train learned; "it" and
// "they" to an organisation in subject position. A common-noun speaker ("a
// spokesman for X", "the nominee") is the name inside it or the person the
// document described with that noun, but "an aide to X" or "a source close to
// X" speaks for nobody we can name; a definite description no title ties to
// a name ("the US president") is the subject of the sentence before or the
// name that opens the next. A speaker is never a pronoun: when no name can
// be given it is empty.
//
// Read it in this order:
//
//   - view.go: the read-only view of the body (tokens, paragraphs, quoted
//     segments, sentence and clause windows); it decides nothing.
//   - doc.go, roles.go: the analysis over the view: the mentions the rules
//     read (typed by entity.Reading), the genders, the pronoun chain, the
//     nouns the text describes its people with.
//   - candidates.go, cue.go: who may speak (names, pronouns) and which
//     words are cues (lexicon.go, lemma.go).
//   - marks.go, find.go: the quotations: paired marks, joined and
//     classified.
//   - attribute.go, speaker.go: each quotation's speaker, the finders in the
//     order they are tried; nominal.go for common-noun speakers, pronoun.go
//     for pronouns, names.go for names the tagger missed.
//   - reported.go, reportmodel.go: reported speech without marks, every
//     reading the structural readers find scored by a logistic regression
//     whose threshold keeps precision at 0.85 in cross-validation.
//   - entities.go: the evidence handed to entity.Speakers.
package quote

import (
	"context"
	"errors"
	"strings"

	"github.com/storyline-news/storyline"
)

// Stage fills Article.Quotes from the body, the tokens and the entity
// mentions earlier stages left on the Doc. It only reads its lexicon, so one
// Stage serves any number of goroutines. Make it with New.
type Stage struct {
	Lexicon *Lexicon
	// Reported decides which readings of sentences without quotation marks
	// are reported speech; nil keeps the rule it replaced (see
	// ReportedModel.decide).
	Reported *ReportedModel
}

var _ storyline.Stage = (*Stage)(nil)

// New returns the stage with the embedded cue lexicon.
func New() (*Stage, error) {
	lx, err := LoadLexicon()
	if err != nil {
		return nil, err
	}
	rm, err := ReadReportedModel(embeddedReported)
	if err != nil {
		return nil, err
	}
	return &Stage{Lexicon: lx, Reported: rm}, nil
}

// Info implements storyline.Stage.
func (s *Stage) Info() storyline.StageInfo {
	return storyline.StageInfo{Name: "quote", Needs: []storyline.Layer{storyline.LayerTokens, storyline.LayerEntities}, Adds: []storyline.Layer{storyline.LayerQuotes}, Languages: []string{"en"}}
}

// Process implements storyline.Stage.
func (s *Stage) Process(ctx context.Context, d *storyline.Doc) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if d.Article == nil {
		return nil
	}
	if s.Lexicon == nil {
		d.Problems = append(d.Problems, errors.New("quote: stage has no cue lexicon (make it with quote.New)"))
		return nil
	}
	qs, ca := s.find(d)
	d.Article.Quotes = qs
	d.Speakers = nil
	if ca != nil {
		d.Speakers = ca.speakerEvidence(qs)
	}
	return nil
}

// find returns the quotations of a Doc in body order, and the cast they
// were attributed from (nil for an empty body).
func (s *Stage) find(d *storyline.Doc) ([]storyline.Quote, *cast) {
	if strings.TrimSpace(d.Article.Body) == "" {
		return []storyline.Quote{}, nil
	}
	r, out := s.marked(d)
	out = append(out, r.reported(d.Sentences)...)
	sortQuotes(out)
	return out, r.cast
}

// marked reads a Doc with a non-empty body: its quotations with marks, and
// the reader of its reported speech over the same view, cues and cast.
func (s *Stage) marked(d *storyline.Doc) (*reportReader, []storyline.Quote) {
	v := newView(d)
	cu := &cues{view: v, lex: s.Lexicon}
	ca := newCast(d, cu)
	q := &quotations{view: v, lex: s.Lexicon, cues: cu, cast: ca}
	fs := q.group()
	for i := range fs {
		q.classify(&fs[i])
	}
	(&attributor{view: v, lex: s.Lexicon, cues: cu, cast: ca}).attribute(fs)
	return &reportReader{view: v, lex: s.Lexicon, cues: cu, cast: ca, model: s.Reported}, q.quotes(fs)
}
