package extract

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"math"

	"github.com/storyline-news/storyline"
)

// Field names a page field chosen among its statements by a learned score.
type Field int

const (
	FieldHeadline   Field = iota // the visible headline (headline.go)
	FieldByline                  // the authors (byline.go)
	FieldTextTitle               // the headline of a text dump (texttitle.go)
	FieldTextByline              // the byline of a text dump (textbyline.go)
	FieldTextSite                // the site of a text dump (textsite.go)
)

// fieldSpec is what the choice of one field needs.
type fieldSpec struct {
	name     string
	sources  int
	features int
	describe func(texts []choiceText, i int) []float64
	// collect reads the field's statements from a page as trafilatura and
	// the parser left it.
	collect func(m *mainContent) []statement
	// prior weighs the features when no trained model fits this build.
	prior func() []float64
	model []byte
}

//go:embed headline.json
var headlineJSON []byte

//go:embed byline.json
var bylineJSON []byte

//go:embed texttitle.json
var textTitleJSON []byte

//go:embed textbyline.json
var textBylineJSON []byte

//go:embed textsite.json
var textSiteJSON []byte

func (f Field) spec() fieldSpec {
	if f == FieldTextTitle {
		// Its candidates are lines of a dump, described one by one
		// (TextTitleExample), not texts merged across sources.
		return fieldSpec{name: "texttitle", features: textTitleFeatureCount, prior: textTitlePrior, model: textTitleJSON}
	}
	if f == FieldTextByline {
		// Its candidates are runs of names in a dump's lines, and "none"
		// (TextBylineExample).
		return fieldSpec{name: "textbyline", features: textBylineFeatureCount, prior: textBylinePrior, model: textBylineJSON}
	}
	if f == FieldTextSite {
		// Its candidates are the names a dump's furniture gives, and
		// "none" (TextSiteExample).
		return fieldSpec{name: "textsite", features: textSiteFeatureCount, prior: textSitePrior, model: textSiteJSON}
	}
	if f == FieldByline {
		return fieldSpec{name: "byline", sources: int(numBylineSources), features: bylineFeatureCount, describe: bylineFeatures,
			collect: func(m *mainContent) []statement { return bylineCandidates(m.doc, metaOf(m)) }, prior: bylinePrior, model: bylineJSON}
	}
	return fieldSpec{name: "headline", sources: int(numHeadSources), features: headFeatures, describe: headlineFeatures,
		collect: func(m *mainContent) []statement { return headlineCandidates(m.doc, metaOf(m)) }, prior: headlinePrior, model: headlineJSON}
}

// FieldModel weighs the features of a field's texts. Its JSON is the file
// `storyline train headline|byline` writes and the build embeds: numbers
// only, no page text.
type FieldModel struct {
	Features int       `json:"features"`
	Weights  []float64 `json:"weights"`
	// Trees are boosted on the softmax of a page's texts over the linear
	// score: they weigh what a sum of features cannot (a source that is
	// right only when another agrees). The trainer keeps them only where
	// they raise the cross-validated accuracy by a page or more.
	Trees []Tree `json:"trees,omitempty"`
}

// Score is the model's score of one text's features: the linear score and
// the trees' values.
func (m FieldModel) Score(f []float64) float64 {
	s := linearScore(m.Weights, f)
	for i := range m.Trees {
		s += m.Trees[i].Value(f)
	}
	return s
}

// fits reports whether the model reads features of this many: its weights
// do, and no tree splits on a feature beyond them.
func (m FieldModel) fits(features int) bool {
	if m.Features != features || len(m.Weights) != features {
		return false
	}
	return walkable(m.Trees, features)
}

// defaultModel is the embedded model, or the field's prior when the
// embedded one does not fit the features of this build.
func (f Field) defaultModel() FieldModel {
	s := f.spec()
	var m FieldModel
	if err := json.Unmarshal(s.model, &m); err == nil && m.fits(s.features) {
		return m
	}
	return FieldModel{Features: s.features, Weights: s.prior()}
}

// Prior is the field's hand-set weights, the starting point the learned
// model is measured against.
func (f Field) Prior() FieldModel {
	s := f.spec()
	return FieldModel{Features: s.features, Weights: s.prior()}
}

// choose picks the field's text among the statements.
func (f Field) choose(ss []statement, m FieldModel) string {
	s := f.spec()
	return choose(mergeStatements(ss, s.sources), m.Score, s.describe)
}

// Sources is the number of sources of the field's texts: the first
// features of a text say which gave it.
func (f Field) Sources() int { return f.spec().sources }

// Features is the number of features of a text of the field.
func (f Field) Features() int { return f.spec().features }

// FieldExample is one page's texts of a field, described by their
// features, with the one a person marked as right: what a trainer fits
// and cross-validates on.
type FieldExample struct {
	Group string      // what cross-validation keeps together: the site
	Feats [][]float64 // one row per distinct text, in order of first appearance
	Gold  int         // index into Feats; -1 when no text is the gold one
	// Texts and GoldText, when set, are each row's text and the gold text:
	// what scores a choice by normalised match and token F1 as well.
	Texts    []string
	GoldText string
}

// FieldExample reads an HTML page's statements of field f, against gold,
// the text a person marked.
func (e *Extractor) FieldExample(f Field, p *storyline.Page, group, gold string) (FieldExample, error) {
	m, err := e.mainContent(p)
	if err != nil {
		return FieldExample{}, err
	}
	if m.res == nil {
		return FieldExample{}, fmt.Errorf("extract: %s: no main content", p.ID)
	}
	s := f.spec()
	texts := mergeStatements(s.collect(m), s.sources)
	x := FieldExample{Group: group, Gold: -1, GoldText: gold}
	for i, t := range texts {
		x.Feats = append(x.Feats, s.describe(texts, i))
		x.Texts = append(x.Texts, t.text)
		if t.text == gold {
			x.Gold = i
		}
	}
	return x, nil
}

// Correct reports whether the model picks the gold text of x.
func (m FieldModel) Correct(x FieldExample) bool {
	return x.Gold >= 0 && m.Pick(x) == x.Gold
}

// Pick is the index of the text the model picks among x's: the first of
// the highest-scoring texts, as choose picks; -1 when x has none.
func (m FieldModel) Pick(x FieldExample) int {
	best, bestScore := -1, math.Inf(-1)
	for i, f := range x.Feats {
		if s := m.Score(f); s > bestScore {
			best, bestScore = i, s
		}
	}
	return best
}
