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
	FieldHeadline Field = iota // the visible headline (headline.go)
	FieldByline                // the authors (byline.go)
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

func (f Field) spec() fieldSpec {
	if f == FieldByline {
		return fieldSpec{name: "byline", sources: int(numBylineSources), features: bylineFeatureCount, describe: bylineFeatures,
			collect: func(m *mainContent) []statement { return bylineCandidates(m.doc, m.res.Metadata.Author) }, prior: bylinePrior, model: bylineJSON}
	}
	return fieldSpec{name: "headline", sources: int(numHeadSources), features: headFeatures, describe: headlineFeatures,
		collect: func(m *mainContent) []statement { return headlineCandidates(m.doc, m.res.Metadata.Title) }, prior: headlinePrior, model: headlineJSON}
}

// FieldModel weighs the features of a field's texts. Its JSON is the file
// `storyline train headline|byline` writes and the build embeds: numbers
// only, no page text.
type FieldModel struct {
	Features int       `json:"features"`
	Weights  []float64 `json:"weights"`
}

// defaultModel is the embedded model, or the field's prior when the
// embedded one does not fit the features of this build.
func (f Field) defaultModel() FieldModel {
	s := f.spec()
	var m FieldModel
	if err := json.Unmarshal(s.model, &m); err == nil && m.Features == s.features && len(m.Weights) == s.features {
		return m
	}
	return FieldModel{Features: s.features, Weights: s.prior()}
}

// choose picks the field's text among the statements.
func (f Field) choose(ss []statement, m FieldModel) string {
	s := f.spec()
	return choose(mergeStatements(ss, s.sources), m.Weights, s.describe)
}

// FieldExample is one page's texts of a field with the one a person marked
// as right, for training and cross-validation.
type FieldExample struct {
	Group string // what cross-validation keeps together: the site
	field Field
	texts []choiceText
	gold  int // index into texts; -1 when no text is the gold one
}

// Reachable reports whether some candidate is the gold text.
func (x FieldExample) Reachable() bool { return x.gold >= 0 }

// FieldExample reads an HTML page's statements of field f for training,
// against gold, the text a person marked.
func (e *Extractor) FieldExample(f Field, p *storyline.Page, group, gold string) (FieldExample, error) {
	m, err := e.mainContent(p)
	if err != nil {
		return FieldExample{}, err
	}
	if m.res == nil {
		return FieldExample{}, fmt.Errorf("extract: %s: no main content", p.ID)
	}
	s := f.spec()
	x := FieldExample{Group: group, field: f, texts: mergeStatements(s.collect(m), s.sources), gold: -1}
	for i, t := range x.texts {
		if t.text == gold {
			x.gold = i
		}
	}
	return x, nil
}

// Correct reports whether the model picks the gold text of x.
func (m FieldModel) Correct(x FieldExample) bool {
	return x.gold >= 0 && choose(x.texts, m.Weights, x.field.spec().describe) == x.texts[x.gold].text
}

// Fitting: a conditional logit (a softmax over each page's texts) fitted by
// full-batch gradient descent from zero weights, so the same examples give
// the same bytes.
const (
	fieldFitRounds = 400 // the loss has flattened well before
	fieldFitRate   = 0.1 // step size of the gradient descent
	// FieldFitL2 was chosen by 5-fold cross-validation by site over 0,
	// 0.01 and 0.1 (storyline train headline|byline prints all three).
	FieldFitL2 = 0.01
)

// Fit fits field f's weights on the examples whose gold is among their texts.
func (f Field) Fit(xs []FieldExample, l2 float64) FieldModel {
	s := f.spec()
	w := make([]float64, s.features)
	feats := make([][][]float64, len(xs))
	for i, x := range xs {
		for j := range x.texts {
			feats[i] = append(feats[i], s.describe(x.texts, j))
		}
	}
	for range fieldFitRounds {
		grad := make([]float64, s.features)
		n := 0
		for i, x := range xs {
			if x.gold < 0 {
				continue
			}
			n++
			addSoftmaxGrad(grad, w, feats[i], x.gold)
		}
		if n == 0 {
			break
		}
		for k := range w {
			w[k] -= fieldFitRate * (grad[k]/float64(n) + l2*w[k])
		}
	}
	return FieldModel{Features: s.features, Weights: w}
}

// addSoftmaxGrad adds the gradient of -log p(gold) for one page.
func addSoftmaxGrad(grad, w []float64, feats [][]float64, gold int) {
	scores := make([]float64, len(feats))
	top := math.Inf(-1)
	for j, f := range feats {
		scores[j] = linearScore(w, f)
		top = max(top, scores[j])
	}
	z := 0.0
	for j := range scores {
		scores[j] = math.Exp(scores[j] - top)
		z += scores[j]
	}
	for j, f := range feats {
		p := scores[j] / z
		if j == gold {
			p--
		}
		for k, v := range f {
			grad[k] += p * v
		}
	}
}
