package ner

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"math"
	"math/rand"
	"time"

	"github.com/storyline-news/storyline"
)

// TrainOptions tune training; the zero value gives the shipped model's settings.
type TrainOptions struct {
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

func (o TrainOptions) withDefaults() TrainOptions {
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
	return o
}

// example is one sentence ready for training: its feature rows and gold tags.
type example struct {
	rows []uint32
	ends []int32
	gold []int
	base []float32 // scores the layer adds to (the first pass's), or nil
}

// docExamples are the examples of one document with the document's context.
type docExamples struct {
	dc    *docContext
	sents []example
}

// Train learns a model from CoNLL training data. When dev is not nil, the
// dev F1 of every epoch is logged; the model is the one of the last epoch
// either way, so it does not depend on whether dev was given. Training is
// deterministic: the same data and options give the same weights.
func Train(ctx context.Context, train, dev io.Reader, opts TrainOptions, log *slog.Logger) (*Model, error) {
	opts = opts.withDefaults()
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	trainDocs, devDocs, err := readTrainingData(ctx, train, dev)
	if err != nil {
		return nil, err
	}
	full, folds := gazetteers(trainDocs, opts.Folds)
	cl, err := trainClusters(ctx, trainDocs, opts.Unlabelled, log)
	if err != nil {
		return nil, err
	}
	mask := uint64(1)<<opts.Bits - 1
	tr := examples(featurizer{mask: mask, cl: cl}, trainDocs, func(d int) gazetteer { return folds[d%opts.Folds] })
	dv := examples(featurizer{mask: mask, cl: cl}, devDocs, func(int) gazetteer { return full })
	m := &Model{bits: opts.Bits, gaz: full, cl: cl, closed: buildClosed(trainDocs)}
	log.Info("ner: training the first pass", "documents", len(tr), "dev_documents", len(dv), "gazetteer", len(full))
	if m.first, err = perceptron(ctx, flatten(tr), opts, log, layerScorer(dv)); err != nil {
		return nil, err
	}
	if opts.OnePass {
		return m, nil
	}
	if m.second, err = trainSecond(ctx, m.first, tr, dv, opts, log); err != nil {
		return nil, err
	}
	return m, nil
}

// trainSecond trains the document pass on the first pass's held-out output.
func trainSecond(ctx context.Context, first *layer, tr, dv []docExamples, opts TrainOptions, log *slog.Logger) (*layer, error) {
	log.Info("ner: predicting the training data for the second pass", "folds", opts.Folds)
	preds, ems, err := jackknife(ctx, tr, opts)
	if err != nil {
		return nil, err
	}
	mask2 := uint64(1)<<opts.LabelBits - 1
	tr2 := secondExamples(mask2, tr, preds, ems)
	dp, de := predict(first, dv)
	dv2 := secondExamples(mask2, dv, dp, de)
	log.Info("ner: training the second pass")
	opts2 := opts
	opts2.Bits = opts.LabelBits
	return perceptron(ctx, flatten(tr2), opts2, log, layerScorer(dv2))
}

func readTrainingData(ctx context.Context, train, dev io.Reader) (trainDocs, devDocs []*Document, err error) {
	if trainDocs, err = ReadCoNLL(ctx, train); err != nil {
		return nil, nil, fmt.Errorf("ner.Train: reading training data: %w", err)
	}
	if dev != nil {
		if devDocs, err = ReadCoNLL(ctx, dev); err != nil {
			return nil, nil, fmt.Errorf("ner.Train: reading dev data: %w", err)
		}
	}
	return trainDocs, devDocs, checkGold(trainDocs)
}

// trainClusters learns word clusters from the unlabelled text and the words
// of the training data (their tags unused).
func trainClusters(ctx context.Context, docs []*Document, unlabelled [][]string, log *slog.Logger) (clusters, error) {
	if len(unlabelled) == 0 {
		return clusters{}, nil
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
	log.Info("ner: word clusters", "sentences", len(sents), "words", len(cl), "took", time.Since(start).Round(time.Millisecond))
	return cl, nil
}

func normalizeAll(words []string) []string {
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = normalize(w)
	}
	return out
}

func flatten(docs []docExamples) []example {
	var out []example
	for _, d := range docs {
		out = append(out, d.sents...)
	}
	return out
}

// jackknife tags each fold of the training documents with a first pass
// trained on the other folds, so the second pass learns from first-pass
// mistakes like those it will see on new text.
func jackknife(ctx context.Context, docs []docExamples, opts TrainOptions) ([][][]int, [][][]float32, error) {
	preds := make([][][]int, len(docs))
	ems := make([][][]float32, len(docs))
	quiet := slog.New(slog.DiscardHandler)
	for k := 0; k < opts.Folds; k++ {
		var train, held []docExamples
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
func predict(l *layer, docs []docExamples) ([][][]int, [][][]float32) {
	t := &tagger{}
	preds := make([][][]int, len(docs))
	ems := make([][][]float32, len(docs))
	for d, doc := range docs {
		preds[d] = make([][]int, len(doc.sents))
		ems[d] = make([][]float32, len(doc.sents))
		for s, ex := range doc.sents {
			em := l.emissions(t, ex.rows, ex.ends)
			ems[d][s] = make([]float32, len(em))
			for i, v := range em {
				ems[d][s][i] = v * baseScale
			}
			preds[d][s] = viterbi(em, &l.trans, t, nil)
		}
	}
	return preds, ems
}

// secondExamples makes the second pass's examples: the label features made
// from the first pass's tags, on top of its scores.
func secondExamples(mask uint64, docs []docExamples, preds [][][]int, ems [][][]float32) []docExamples {
	f := featurizer{mask: mask}
	out := make([]docExamples, len(docs))
	for d, doc := range docs {
		lc := newLabelContext(doc.dc, preds[d])
		out[d] = docExamples{dc: doc.dc, sents: make([]example, len(doc.sents))}
		for s, ex := range doc.sents {
			rows, ends := f.labelRows(lc, s, nil, nil)
			out[d].sents[s] = example{rows: rows, ends: ends, gold: ex.gold, base: ems[d][s]}
		}
	}
	return out
}

func layerScorer(dev []docExamples) func(*layer) float64 {
	if len(dev) == 0 {
		return nil
	}
	exs := flatten(dev)
	return func(l *layer) float64 { return l.score(exs) }
}

func checkGold(docs []*Document) error {
	for _, d := range docs {
		for _, s := range d.Sentences {
			if s.Tags == nil {
				return storyline.Errorf(storyline.EINPUT, "ner.Train: a training sentence has no tag column: %q", s.Lines[0])
			}
		}
	}
	if len(docs) == 0 {
		return storyline.Errorf(storyline.EINPUT, "ner.Train: no training sentences")
	}
	return nil
}

// gazetteers returns the gazetteer of all training entities and, for each
// fold, the one built without that fold's documents: a training document
// sees only names from other documents, as a new text would.
func gazetteers(docs []*Document, k int) (gazetteer, []gazetteer) {
	full := gazetteer{}
	folds := make([]gazetteer, k)
	for i := range folds {
		folds[i] = gazetteer{}
	}
	for d, doc := range docs {
		for _, s := range doc.Sentences {
			ts := make([]tok, len(s.Words))
			for i, w := range s.Words {
				ts[i] = makeTok(w)
			}
			gold := toBILOU(s.Tags)
			full.add(ts, gold)
			for f := range folds {
				if f != d%k {
					folds[f].add(ts, gold)
				}
			}
		}
	}
	return full, folds
}

func examples(proto featurizer, docs []*Document, gaz func(doc int) gazetteer) []docExamples {
	out := make([]docExamples, len(docs))
	for d, doc := range docs {
		words := make([][]string, len(doc.Sentences))
		for s := range doc.Sentences {
			words[s] = doc.Sentences[s].Words
		}
		dc := newDocContext(words, nil)
		f := proto
		f.gaz = gaz(d)
		out[d].dc = dc
		for s := range doc.Sentences {
			rows, ends := f.sentence(dc, s, nil, nil)
			out[d].sents = append(out[d].sents, example{rows: rows, ends: ends, gold: toBILOU(doc.Sentences[s].Tags)})
		}
	}
	return out
}

// averager holds the perceptron's float weights and the running sums for
// averaging: the average of the weights over all steps is w - u/c, with u
// summing c*update.
type averager struct {
	bits  int
	w     []float32 // numTags weights per row
	u     []float64
	trans [numTags + 1][numTags]float32
	ut    [numTags + 1][numTags]float64
	c     float64
}

func newAverager(bits int) *averager {
	n := (1 << bits) * numTags
	return &averager{bits: bits, w: make([]float32, n), u: make([]float64, n), c: 1}
}

func (a *averager) emit(rows []uint32, tag int, d float32) {
	for _, r := range rows {
		i := int(r)*numTags + tag
		a.w[i] += d
		a.u[i] += a.c * float64(d)
	}
}

func (a *averager) transition(from, to int, d float32) {
	a.trans[from][to] += d
	a.ut[from][to] += a.c * float64(d)
}

func (a *averager) emissions(t *tagger, ex *example) []float32 {
	rows, ends := ex.rows, ex.ends
	sc := t.scoreBuf(len(ends))
	if ex.base != nil {
		copy(sc, ex.base)
	} else {
		clear(sc)
	}
	start := int32(0)
	for i, end := range ends {
		acc := (*[numTags]float32)(sc[i*numTags:])
		for _, r := range rows[start:end] {
			w := (*[numTags]float32)(a.w[int(r)*numTags:])
			for k := range acc {
				acc[k] += w[k]
			}
		}
		start = end
	}
	return sc
}

// layer returns the averaged weights as a layer: each row made relative to
// its O weight and quantised to int16.
func (a *averager) layer() *layer {
	rows := 1 << a.bits
	rel := make([]float32, rows*rowWidth)
	var maxAbs float64
	for r := 0; r < rows; r++ {
		base := r * numTags
		o := a.w[base] - float32(a.u[base]/a.c)
		for k := 1; k < numTags; k++ {
			v := a.w[base+k] - float32(a.u[base+k]/a.c) - o
			rel[r*rowWidth+k-1] = v
			maxAbs = max(maxAbs, math.Abs(float64(v)))
		}
	}
	scale := float32(1)
	if maxAbs > 0 {
		scale = float32(maxAbs / math.MaxInt16)
	}
	m := &layer{bits: a.bits, w: make([]int16, len(rel)), scale: scale}
	for i, v := range rel {
		m.w[i] = int16(math.Round(float64(v / scale)))
	}
	for i := range m.trans {
		for j := range m.trans[i] {
			m.trans[i][j] = a.trans[i][j] - float32(a.ut[i][j]/a.c)
		}
	}
	return m
}

// perceptron trains one layer; devScore, when not nil, is logged each epoch.
func perceptron(ctx context.Context, train []example, opts TrainOptions, log *slog.Logger, devScore func(*layer) float64) (*layer, error) {
	avg := newAverager(opts.Bits)
	rng := rand.New(rand.NewSource(opts.Seed))
	order := make([]int, len(train))
	for i := range order {
		order[i] = i
	}
	t := &tagger{}
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
func step(a *averager, t *tagger, ex *example, buf *[]int) int {
	pred := viterbi(a.emissions(t, ex), &a.trans, t, *buf)
	*buf = pred
	wrong := 0
	prevG, prevP := numTags, numTags
	start := int32(0)
	for i, end := range ex.ends {
		g, p := ex.gold[i], pred[i]
		if g != p {
			wrong = 1
			a.emit(ex.rows[start:end], g, 1)
			a.emit(ex.rows[start:end], p, -1)
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
