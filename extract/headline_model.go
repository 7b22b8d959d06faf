package extract

import (
	_ "embed"
	"encoding/json"
	"fmt"

	"github.com/storyline-news/storyline"
)

// headlineJSON holds the learned weights of the headline choice, written
// by `storyline train headline` and embedded. Numbers only, no page text.
//
//go:embed headline.json
var headlineJSON []byte

// HeadlineModel weighs the features of a headline text (headlineFeatures).
type HeadlineModel struct {
	Features int       `json:"features"`
	Weights  []float64 `json:"weights"`
}

// defaultHeadline is the embedded model, or, if it does not fit the
// features of this build, a prior that trusts the first <h1>, then
// agreement between sources.
func defaultHeadline() HeadlineModel {
	var m HeadlineModel
	if err := json.Unmarshal(headlineJSON, &m); err == nil && m.Features == headFeatures && len(m.Weights) == headFeatures {
		return m
	}
	w := make([]float64, headFeatures)
	w[headH1] = 1
	w[int(numHeadSources)] = 0.5
	return HeadlineModel{Features: headFeatures, Weights: w}
}

// HeadlineExample is one page's headline texts with the one a person
// marked as the headline, for training and cross-validation.
type HeadlineExample struct {
	Group string // what cross-validation keeps together: the site
	texts []headText
	gold  int // index into texts; -1 when no text is the gold one
}

// Reachable reports whether some candidate is the gold headline.
func (x HeadlineExample) Reachable() bool { return x.gold >= 0 }

// HeadlineExample reads an HTML page's headline candidates for training,
// against gold, the headline a person marked.
func (e *Extractor) HeadlineExample(p *storyline.Page, group, gold string) (HeadlineExample, error) {
	m, err := e.mainContent(p)
	if err != nil {
		return HeadlineExample{}, err
	}
	if m.res == nil {
		return HeadlineExample{}, fmt.Errorf("extract: %s: no main content", p.ID)
	}
	x := HeadlineExample{Group: group, texts: headTexts(headlineCandidates(m.doc, m.res.Metadata.Title)), gold: -1}
	for i, t := range x.texts {
		if t.text == gold {
			x.gold = i
		}
	}
	return x, nil
}

// Correct reports whether the model picks the gold headline of x.
func (m HeadlineModel) Correct(x HeadlineExample) bool {
	if x.gold < 0 {
		return false
	}
	var cands []headCand
	for _, t := range x.texts {
		for s, ok := range t.srcs {
			if ok {
				cands = append(cands, headCand{text: t.text, src: headSource(s)})
			}
		}
	}
	return chooseHeadline(cands, m.Weights) == x.texts[x.gold].text
}
