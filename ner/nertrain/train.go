// Package nertrain trains the ner stage's tagger: word clusters from
// unlabelled text, gazetteers by fold, and two averaged-perceptron passes
// (the second on held-out first-pass output). It writes the file ner embeds
// as model/ner.bin.gz.
package nertrain

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"math/rand"
	"os"
	"slices"
	"time"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/ner"
)

// Options tune training; the zero value gives the shipped model's settings.
type Options struct {
	// Dev is a CoNLL file whose F1 Train logs after every epoch ("": none);
	// the model is the same either way.
	Dev    string
	Logger *slog.Logger // progress; nil: none

	Epochs int // passes over the training data (default 10, chosen on dev)
	Bits   int // log2 of the weight table rows (default 20)
	// LabelBits is log2 of the rows of the second pass's table (default 16).
	LabelBits int
	Folds     int   // jackknife folds for training-time gazetteers (default 5)
	Seed      int64 // shuffling seed (default 1)
	// Unlabelled is tokenised text (one sentence per slice) to learn word
	// clusters from, together with the training text; none: no clusters.
	Unlabelled [][]string
	// OnePass leaves out the second, document-level pass (faster to train
	// and to tag, a little less accurate).
	OnePass bool
}

func (o Options) withDefaults() Options {
	if o.Epochs <= 0 {
		o.Epochs = 10
	}
	if o.Bits <= 0 {
		o.Bits = 20
	}
	if o.LabelBits <= 0 {
		o.LabelBits = 16
	}
	if o.Folds <= 1 {
		o.Folds = 5
	}
	if o.Seed == 0 {
		o.Seed = 1
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	return o
}

// Train learns a model from the CoNLL training file data (and opts.Dev, if
// set) and writes it to w: the file ner embeds as model/ner.bin.gz. The same
// data and options give the same bytes.
func Train(ctx context.Context, data string, w io.Writer, opts Options) error {
	tf, err := os.Open(data)
	if err != nil {
		return storyline.InputError("train ner", data, err)
	}
	defer tf.Close()
	var dev io.Reader
	if opts.Dev != "" {
		df, err := os.Open(opts.Dev)
		if err != nil {
			return storyline.InputError("train ner", opts.Dev, err)
		}
		defer df.Close()
		dev = df
	}
	m, err := Fit(ctx, tf, dev, opts)
	if err != nil {
		return err
	}
	return m.Save(w)
}

// Fit learns a model from CoNLL training data. When dev is not nil, the
// dev F1 of every epoch is logged; the model is the one of the last epoch
// either way, so it does not depend on whether dev was given. Training is
// deterministic: the same data and options give the same weights.
func Fit(ctx context.Context, train, dev io.Reader, opts Options) (*ner.Model, error) {
	opts = opts.withDefaults()
	log := opts.Logger
	trainDocs, devDocs, err := readTrainingData(ctx, train, dev)
	if err != nil {
		return nil, err
	}
	full, folds := gazetteers(trainDocs, opts.Folds)
	cl, err := trainClusters(ctx, trainDocs, opts.Unlabelled, log)
	if err != nil {
		return nil, err
	}
	tr := examples(trainDocs, opts.Bits, cl, func(d int) *ner.Gazetteer { return folds[d%opts.Folds] })
	dv := examples(devDocs, opts.Bits, cl, func(int) *ner.Gazetteer { return full })
	log.Info("ner: training the first pass", "documents", len(tr), "dev_documents", len(dv), "gazetteer", full.Len())
	first, err := perceptron(ctx, flatten(tr), opts, log, layerScorer(dv))
	if err != nil {
		return nil, err
	}
	if opts.OnePass {
		return ner.NewModel(opts.Bits, full, cl, trainDocs, first, nil), nil
	}
	second, err := trainSecond(ctx, first, tr, dv, opts, log)
	if err != nil {
		return nil, err
	}
	return ner.NewModel(opts.Bits, full, cl, trainDocs, first, second), nil
}

// trainSecond trains the document pass on the first pass's held-out output.
func trainSecond(ctx context.Context, first *ner.Layer, tr, dv []*ner.Doc, opts Options, log *slog.Logger) (*ner.Layer, error) {
	log.Info("ner: predicting the training data for the second pass", "folds", opts.Folds)
	preds, ems, err := jackknife(ctx, tr, opts)
	if err != nil {
		return nil, err
	}
	tr2 := secondExamples(opts.LabelBits, tr, preds, ems)
	dp, de := predict(first, dv)
	dv2 := secondExamples(opts.LabelBits, dv, dp, de)
	log.Info("ner: training the second pass")
	opts2 := opts
	opts2.Bits = opts.LabelBits
	return perceptron(ctx, flatten(tr2), opts2, log, layerScorer(dv2))
}

func readTrainingData(ctx context.Context, train, dev io.Reader) (trainDocs, devDocs []*ner.Document, err error) {
	if trainDocs, err = ner.ReadCoNLL(ctx, train); err != nil {
		return nil, nil, fmt.Errorf("nertrain: reading training data: %w", err)
	}
	if dev != nil {
		if devDocs, err = ner.ReadCoNLL(ctx, dev); err != nil {
			return nil, nil, fmt.Errorf("nertrain: reading dev data: %w", err)
		}
	}
	return trainDocs, devDocs, checkGold(trainDocs)
}

// trainClusters learns word clusters from the unlabelled text and the words
// of the training data (their tags unused).
func trainClusters(ctx context.Context, docs []*ner.Document, unlabelled [][]string, log *slog.Logger) (*ner.Clusters, error) {
	if len(unlabelled) == 0 {
		return ner.NewClusters(0), nil
	}
	start := time.Now()
	sents := make([][]string, 0, len(unlabelled)+20000)
	for _, d := range docs {
		for _, s := range d.Sentences {
			sents = append(sents, normalizeAll(s.Words))
		}
	}
	for _, s := range unlabelled {
		sents = append(sents, normalizeAll(s))
	}
	cl, err := buildClusters(ctx, sents)
	if err != nil {
		return nil, err
	}
	log.Info("ner: word clusters", "sentences", len(sents), "words", cl.Len(), "took", time.Since(start).Round(time.Millisecond))
	return cl, nil
}

func normalizeAll(words []string) []string {
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = ner.Normalize(w)
	}
	return out
}

func flatten(docs []*ner.Doc) []ner.Example {
	var out []ner.Example
	for _, d := range docs {
		out = append(out, d.Sents...)
	}
	return out
}

// jackknife tags each fold of the training documents with a first pass
// trained on the other folds, so the second pass learns from first-pass
// mistakes like those it will see on new text.
func jackknife(ctx context.Context, docs []*ner.Doc, opts Options) ([][][]int, [][][]float32, error) {
	preds := make([][][]int, len(docs))
	ems := make([][][]float32, len(docs))
	quiet := slog.New(slog.DiscardHandler)
	for k := 0; k < opts.Folds; k++ {
		var train, held []*ner.Doc
		var heldIdx []int
		for d := range docs {
			if d%opts.Folds == k {
				held = append(held, docs[d])
				heldIdx = append(heldIdx, d)
			} else {
				train = append(train, docs[d])
			}
		}
		l, err := perceptron(ctx, flatten(train), opts, quiet, nil)
		if err != nil {
			return nil, nil, err
		}
		p, e := predict(l, held)
		for i, d := range heldIdx {
			preds[d], ems[d] = p[i], e[i]
		}
	}
	return preds, ems, nil
}

// predict returns the tags and the scores a layer gives every sentence of
// every document.
func predict(l *ner.Layer, docs []*ner.Doc) ([][][]int, [][][]float32) {
	var dec ner.Decoder
	preds := make([][][]int, len(docs))
	ems := make([][][]float32, len(docs))
	for d, doc := range docs {
		preds[d] = make([][]int, len(doc.Sents))
		ems[d] = make([][]float32, len(doc.Sents))
		for s := range doc.Sents {
			em, tags := dec.Tag(l, &doc.Sents[s], nil)
			ems[d][s], preds[d][s] = slices.Clone(em), tags
		}
	}
	return preds, ems
}

// secondExamples makes the second pass's examples: the label features made
// from the first pass's tags, on top of its scores.
func secondExamples(bits int, docs []*ner.Doc, preds [][][]int, ems [][][]float32) []*ner.Doc {
	out := make([]*ner.Doc, len(docs))
	for d, doc := range docs {
		out[d] = ner.LabelExamples(doc, bits, preds[d], ems[d])
	}
	return out
}

func layerScorer(dev []*ner.Doc) func(*ner.Layer) float64 {
	if len(dev) == 0 {
		return nil
	}
	exs := flatten(dev)
	return func(l *ner.Layer) float64 { return score(l, exs) }
}

func checkGold(docs []*ner.Document) error {
	for _, d := range docs {
		for _, s := range d.Sentences {
			if s.Tags == nil {
				return storyline.Errorf(storyline.EINPUT, "nertrain: a training sentence has no tag column: %q", s.Lines[0])
			}
		}
	}
	if len(docs) == 0 {
		return storyline.Errorf(storyline.EINPUT, "nertrain: no training sentences")
	}
	return nil
}

// gazetteers returns the gazetteer of all training entities and, for each
// fold, the one built without that fold's documents: a training document
// sees only names from other documents, as a new text would.
func gazetteers(docs []*ner.Document, k int) (*ner.Gazetteer, []*ner.Gazetteer) {
	full := ner.NewGazetteer()
	folds := make([]*ner.Gazetteer, k)
	for i := range folds {
		folds[i] = ner.NewGazetteer()
	}
	for d, doc := range docs {
		for _, s := range doc.Sentences {
			gold := ner.BILOU(s.Tags)
			full.Add(s.Words, gold)
			for f := range folds {
				if f != d%k {
					folds[f].Add(s.Words, gold)
				}
			}
		}
	}
	return full, folds
}

func examples(docs []*ner.Document, bits int, cl *ner.Clusters, gaz func(doc int) *ner.Gazetteer) []*ner.Doc {
	out := make([]*ner.Doc, len(docs))
	for d, doc := range docs {
		out[d] = ner.Featurize(doc, bits, gaz(d), cl)
	}
	return out
}

// averager holds the perceptron's float weights and the running sums for
// averaging: the average of the weights over all steps is w - u/c, with u
// summing c*update.
type averager struct {
	bits  int
	w     []float32 // ner.NumTags weights per row
	u     []float64
	trans [ner.NumTags + 1][ner.NumTags]float32
	ut    [ner.NumTags + 1][ner.NumTags]float64
	c     float64
}

func newAverager(bits int) *averager {
	n := (1 << bits) * ner.NumTags
	return &averager{bits: bits, w: make([]float32, n), u: make([]float64, n), c: 1}
}

func (a *averager) emit(rows []uint32, tag int, d float32) {
	for _, r := range rows {
		i := int(r)*ner.NumTags + tag
		a.w[i] += d
		a.u[i] += a.c * float64(d)
	}
}

func (a *averager) transition(from, to int, d float32) {
	a.trans[from][to] += d
	a.ut[from][to] += a.c * float64(d)
}

func (a *averager) emissions(t *ner.Decoder, ex *ner.Example) []float32 {
	rows, ends := ex.Rows, ex.Ends
	sc := t.ScoreBuf(len(ends))
	if ex.Base != nil {
		copy(sc, ex.Base)
	} else {
		clear(sc)
	}
	start := int32(0)
	for i, end := range ends {
		acc := (*[ner.NumTags]float32)(sc[i*ner.NumTags:])
		for _, r := range rows[start:end] {
			w := (*[ner.NumTags]float32)(a.w[int(r)*ner.NumTags:])
			for k := range acc {
				acc[k] += w[k]
			}
		}
		start = end
	}
	return sc
}

// layer returns the averaged weights as a layer: each row made relative to
// its O weight (ner.NewLayer quantises them to int16).
func (a *averager) layer() *ner.Layer {
	rows := 1 << a.bits
	rel := make([]float32, rows*ner.RowWidth)
	for r := 0; r < rows; r++ {
		base := r * ner.NumTags
		o := a.w[base] - float32(a.u[base]/a.c)
		for k := 1; k < ner.NumTags; k++ {
			rel[r*ner.RowWidth+k-1] = a.w[base+k] - float32(a.u[base+k]/a.c) - o
		}
	}
	var trans [ner.NumTags + 1][ner.NumTags]float32
	for i := range trans {
		for j := range trans[i] {
			trans[i][j] = a.trans[i][j] - float32(a.ut[i][j]/a.c)
		}
	}
	return ner.NewLayer(a.bits, rel, &trans)
}

// perceptron trains one layer; devScore, when not nil, is logged each epoch.
func perceptron(ctx context.Context, train []ner.Example, opts Options, log *slog.Logger, devScore func(*ner.Layer) float64) (*ner.Layer, error) {
	avg := newAverager(opts.Bits)
	rng := rand.New(rand.NewSource(opts.Seed))
	order := make([]int, len(train))
	for i := range order {
		order[i] = i
	}
	t := &ner.Decoder{}
	var buf []int
	for epoch := 1; epoch <= opts.Epochs; epoch++ {
		start := time.Now()
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		var mistakes int
		for _, i := range order {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			mistakes += step(avg, t, &train[i], &buf)
			avg.c++
		}
		attrs := []any{"epoch", epoch, "mistaken_sentences", mistakes, "took", time.Since(start).Round(time.Millisecond)}
		if devScore != nil {
			attrs = append(attrs, "dev_f1", fmt.Sprintf("%.4f", devScore(avg.layer())))
		}
		log.Info("ner: epoch", attrs...)
	}
	return avg.layer(), nil
}

// step decodes one sentence with the current weights and, if the result is
// wrong, moves the weights toward the gold tags. It returns 1 on a mistake.
func step(a *averager, t *ner.Decoder, ex *ner.Example, buf *[]int) int {
	pred := t.Viterbi(a.emissions(t, ex), &a.trans, *buf)
	*buf = pred
	wrong := 0
	prevG, prevP := ner.NumTags, ner.NumTags
	start := int32(0)
	for i, end := range ex.Ends {
		g, p := ex.Gold[i], pred[i]
		if g != p {
			wrong = 1
			a.emit(ex.Rows[start:end], g, 1)
			a.emit(ex.Rows[start:end], p, -1)
		}
		if g != p || prevG != prevP {
			a.transition(prevG, g, 1)
			a.transition(prevP, p, -1)
		}
		prevG, prevP = g, p
		start = end
	}
	return wrong
}
