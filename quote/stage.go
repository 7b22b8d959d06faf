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
	// Speakers re-decides the speaker of each quotation with marks, and
	// with its Reported weights of each reading of reported speech; nil
	// keeps the rules' (attribute.go, reported.go).
	Speakers *SpeakerModel
}

var _ storyline.Stage = (*Stage)(nil)

// New returns the stage with the embedded cue lexicon, reported-speech
// model and speaker model.
func New() (*Stage, error) {
	lx, err := LoadLexicon()
	if err != nil {
		return nil, err
	}
	rm, err := ReadReportedModel(embeddedReported)
	if err != nil {
		return nil, err
	}
	sm, err := LoadSpeakerModel()
	if err != nil {
		return nil, err
	}
	return &Stage{Lexicon: lx, Reported: rm, Speakers: sm}, nil
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

// find returns the quotes of a Doc in body order, and the cast they were
// attributed from (nil for an empty body).
func (s *Stage) find(d *storyline.Doc) ([]storyline.Quote, *cast) {
	if strings.TrimSpace(d.Article.Body) == "" {
		return []storyline.Quote{}, nil
	}
	rd := s.read(d)
	out := rd.quotations.quotes(rd.fs)
	rs := rd.reported.readings(d.Sentences)
	if s.Speakers != nil {
		s.Speakers.decideReadings(rd.attributor, rd.fs, rs)
	}
	for _, c := range rs {
		out = append(out, c.q)
	}
	rd.reported.cast.possessorSpeakers(out)
	sortQuotes(out)
	return out, rd.reported.cast
}

// marked reads a Doc with a non-empty body: its quotations with marks (a
// quote for each pair of marks: Quote.Continues), and the reader of its
// reported speech over the same view, cues and cast.
func (s *Stage) marked(d *storyline.Doc) (*reportReader, []storyline.Quote) {
	r := s.read(d)
	return r.reported, r.quotations.quotes(r.fs)
}

// reading is one body read by the parts of the package, up to the speakers
// of its quotations with marks.
type reading struct {
	quotations *quotations
	attributor *attributor
	fs         []found
	reported   *reportReader
}

// read builds the parts over a Doc with a non-empty body, in the order of
// the package comment, and attributes its quotations with marks.
func (s *Stage) read(d *storyline.Doc) reading {
	v := newView(d)
	cu := &cues{view: v, lex: s.Lexicon}
	ca := newCast(d, cu)
	q := &quotations{view: v, lex: s.Lexicon, cues: cu, cast: ca}
	fs := q.group()
	for i := range fs {
		q.classify(&fs[i])
	}
	a := &attributor{view: v, lex: s.Lexicon, cues: cu, cast: ca}
	a.attribute(fs)
	if s.Speakers != nil {
		s.Speakers.decide(a, fs)
	}
	return reading{quotations: q, attributor: a, fs: fs, reported: &reportReader{view: v, lex: s.Lexicon, cues: cu, cast: ca, model: s.Reported}}
}
