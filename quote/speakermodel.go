package quote

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/logit"
)

// SpeakerModel is the learned speaker decision: a conditional logit over
// each quotation's candidates (speakerfeatures.go), trained by
// quotetrain.TrainSpeakers on PolNeAR train. It re-decides the speaker of
// every quotation with marks the rules name someone for (a transcript line
// keeps the name its label gives); the rules' pick is one of its features.
type SpeakerModel struct {
	// Features names the features the model weighs, a subset of
	// SpeakerFeatures chosen by cross-validation; Weights are theirs.
	Features []string  `json:"features"`
	Weights  []float64 `json:"weights"`
	// Asked says where the stage asks the model; the rules' nobody stands
	// elsewhere.
	Asked SpeakerAsked `json:"asked"`
	// CV holds the cross-validated figures and settings the trainer chose.
	CV map[string]float64 `json:"cv,omitempty"`
	// Reported are the weights, and where they are asked, for the
	// speakers of reported speech (reportspeakers.go): nil keeps the
	// readers' subjects.
	Reported *SpeakerModel `json:"reported,omitempty"`
	// full are the weights over every feature of SpeakerFeatures (0 for
	// those the model leaves out).
	full []float64
}

//go:embed speakers.json
var embeddedSpeakers []byte

// LoadSpeakerModel returns the embedded speaker model, nil when the build
// has none ("null").
func LoadSpeakerModel() (*SpeakerModel, error) { return ReadSpeakerModel(embeddedSpeakers) }

// ReadSpeakerModel parses a model written by quotetrain.TrainSpeakers; every
// feature it names must be one of SpeakerFeatures. "null" gives nil.
func ReadSpeakerModel(b []byte) (*SpeakerModel, error) {
	if string(bytes.TrimSpace(b)) == "null" {
		return nil, nil
	}
	var m SpeakerModel
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("quote speaker model: %w", err)
	}
	if err := m.index(); err != nil {
		return nil, err
	}
	if m.Reported != nil {
		if err := m.Reported.index(); err != nil {
			return nil, fmt.Errorf("reported speech: %w", err)
		}
	}
	return &m, nil
}

// index sets full from Features and Weights.
func (m *SpeakerModel) index() error {
	if len(m.Weights) != len(m.Features) {
		return fmt.Errorf("quote speaker model: %d features but %d weights", len(m.Features), len(m.Weights))
	}
	m.full = make([]float64, numSpeakerFeatures)
	for i, name := range m.Features {
		j := slices.Index(SpeakerFeatures, name)
		if j < 0 {
			return fmt.Errorf("quote speaker model: unknown feature %q", name)
		}
		m.full[j] = m.Weights[i]
	}
	return nil
}

// choose is the index of the candidate the model prefers.
func (m *SpeakerModel) choose(cs []speakerCand) int {
	feats := make([][]float64, len(cs))
	for i, c := range cs {
		feats[i] = c.x
	}
	return logit.Best(m.full, feats)
}

// SpeakerAsked says which quotations the model decides the speaker of, by
// what the rules found; each level also holds the ones before it.
type SpeakerAsked int

const (
	// AskNamed: the quotations the rules name a speaker for.
	AskNamed SpeakerAsked = iota
	// AskUnfound: also those no rule found an attribution for (no cue, no
	// colon, no quotation before in the paragraph).
	AskUnfound
	// AskNameless: also those a rule found an attribution for whose
	// speaker it could not name ("an aide to Sanders said", "a spokesman
	// said").
	AskNameless
	// AskReadersNamed: a reading of reported speech whose subject the
	// readers named; their name stands (readingAsked), so no level asks.
	AskReadersNamed
)

func (a SpeakerAsked) String() string {
	switch a {
	case AskNamed:
		return "where the rules name a speaker"
	case AskUnfound:
		return "also where they find no attribution"
	case AskReadersNamed:
		return "where the readers name the subject of a reading"
	}
	return "also where they cannot name the one they find"
}

// asked is the level at which the model is asked about a quotation.
func asked(f *found) SpeakerAsked {
	switch {
	case f.speaker != "":
		return AskNamed
	case !f.found:
		return AskUnfound
	}
	return AskNameless
}

// decide gives each quotation with marks that the rules name a speaker
// for, but a transcript line, the speaker the model chooses. Where the
// rules name nobody ("an aide to Sanders said", "“Lock her up!” Trump
// ignored them.") nobody stays: the benchmark's accuracy cannot see what
// that saves, since a quotation said by nobody it can name scores nothing
// either way. The cue, and whether a rule found an attribution (which
// keeps a short fragment), stay the rules'.
func (m *SpeakerModel) decide(a *attributor, fs []found) {
	ctx := a.contexts(fs)
	names := make([]string, len(fs))
	for i := range fs {
		if fs[i].turn != "" || asked(&fs[i]) > m.Asked {
			names[i] = fs[i].speaker
			continue
		}
		cs := a.speakerCands(&fs[i], ctx[i])
		names[i] = cs[m.choose(cs)].name
	}
	for i := range fs {
		fs[i].speaker = names[i]
	}
}

// SpeakerChoice is one quotation with marks and its speaker candidates, for
// training the model: the quotation as the rules attributed it (a quote
// for each pair of marks, as the stage exports it), each candidate's name
// ("" for nobody) and features (SpeakerFeatures). A transcript line, whose
// speaker the model does not decide, has the rules' name as its only
// candidate.
type SpeakerChoice struct {
	Quotes []storyline.Quote
	Asked  SpeakerAsked // where the rules leave it to the model
	Names  []string
	Feats  [][]float64
	// Reading: the quotation is a reading of reported speech the stage
	// keeps, whose speaker SpeakerModel.Reported decides.
	Reading bool
}

// SpeakerChoices runs the rules on an annotated Doc (tokens, sentences,
// entities) and returns the candidates of each quotation with marks they
// keep, then of each reading of reported speech the stage keeps (Reading), and the evidence about every candidate name that the entity
// stage's Speakers pass reads (as Doc.Speakers): which of the names it
// keeps as speakers is the entity stage's decision.
func (s *Stage) SpeakerChoices(d *storyline.Doc) ([]SpeakerChoice, []storyline.SpeakerMention) {
	if d.Article == nil || strings.TrimSpace(d.Article.Body) == "" {
		return nil, nil
	}
	rules := &Stage{Lexicon: s.Lexicon, Reported: s.Reported}
	r := rules.read(d)
	ctx := r.attributor.contexts(r.fs)
	var out []SpeakerChoice
	var named []storyline.Quote
	for i := range r.fs {
		f := &r.fs[i]
		if !r.quotations.keep(*f) {
			continue
		}
		c := SpeakerChoice{Quotes: r.quotations.fragments(*f), Asked: asked(f)}
		if f.turn != "" {
			c.Names, c.Feats = []string{f.speaker}, [][]float64{make([]float64, numSpeakerFeatures)}
		} else {
			for _, k := range r.attributor.speakerCands(f, ctx[i]) {
				c.Names = append(c.Names, k.name)
				c.Feats = append(c.Feats, k.x)
			}
		}
		out = append(out, c)
	}
	rs := r.reported.readings(d.Sentences)
	rf, rctx := r.attributor.readingContexts(r.fs, rs)
	for i := range rs {
		c := SpeakerChoice{Quotes: []storyline.Quote{rs[i].q}, Asked: r.attributor.readingAsked(rs[i]), Reading: true}
		for _, k := range r.attributor.readingCands(rs[i], &rf[i], rctx[i]) {
			c.Names = append(c.Names, k.name)
			c.Feats = append(c.Feats, k.x)
		}
		out = append(out, c)
	}
	for _, c := range out {
		for _, n := range c.Names {
			named = append(named, storyline.Quote{Speaker: n})
		}
	}
	return out, r.attributor.cast.speakerEvidence(named)
}
