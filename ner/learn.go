package ner

import "math"

// What a trainer (ner/nertrain) reads from the tagger and hands back to it:
// the tag set, a sentence's feature rows, decoding, and the parts a Model is
// assembled from. The tagger's own code works on the unexported names these
// wrap; only their learning lives in nertrain.

// NumTags is the number of BILOU tags: O (0), then B, I, L and U of each type.
const NumTags = numTags

// RowWidth is the number of weights a layer keeps per feature row: one per
// tag but O (see rowWidth).
const RowWidth = rowWidth

// BILOU converts IOB2 (or IOB1) tags to tag ids; unknown types become O.
func BILOU(iob []string) []int { return toBILOU(iob) }

// Span is one entity in a tag sequence: tokens [Start,End) of a type.
type Span struct{ Start, End, Type int }

// Spans returns the entities a sequence of tag ids marks.
func Spans(tags []int) []Span {
	var out []Span
	for i := 0; i < len(tags); i++ {
		t := tags[i]
		if t == tagO {
			continue
		}
		j := i
		for j+1 < len(tags) && tags[j+1] != tagO && tagType(tags[j+1]) == tagType(t) &&
			(tagPos(tags[j+1]) == posI || tagPos(tags[j+1]) == posL) && tagPos(tags[j]) != posL && tagPos(tags[j]) != posU {
			j++
		}
		out = append(out, Span{i, j + 1, tagType(t)})
		i = j
	}
	return out
}

// Normalize is the form of a word the features and word clusters read
// (typographic punctuation made ASCII).
func Normalize(w string) string { return normalize(w) }

// Gazetteer is the set of names a model matches as features.
type Gazetteer struct{ g gazetteer }

// NewGazetteer returns an empty gazetteer.
func NewGazetteer() *Gazetteer { return &Gazetteer{g: gazetteer{}} }

// Len is the number of names.
func (g *Gazetteer) Len() int { return len(g.g) }

// Add records the gold entities (tag ids) of one sentence.
func (g *Gazetteer) Add(words []string, tags []int) {
	ts := make([]tok, len(words))
	for i, w := range words {
		ts[i] = makeTok(w)
	}
	g.g.add(ts, tags)
}

// Clusters map words to a fine and a coarse class (see clusters).
type Clusters struct{ c clusters }

// NewClusters returns a map with no words.
func NewClusters(n int) *Clusters { return &Clusters{c: make(clusters, n)} }

// Len is the number of words.
func (c *Clusters) Len() int { return len(c.c) }

// Set puts the normalised word norm in fine class fine (below 1024) and
// coarse class coarse.
func (c *Clusters) Set(norm string, fine, coarse int) {
	c.c[wordKey(norm)] = uint16(fine) | uint16(coarse)<<10
}

// Example is one sentence as a layer of the tagger reads it.
type Example struct {
	Rows []uint32 // hashed feature rows, token after token
	Ends []int32  // end of each token's rows in Rows
	Gold []int    // gold tag ids
	// Base holds the scores the layer adds to: the first pass's, scaled, in
	// the second pass; nil in the first.
	Base []float32
}

// Doc is one document's examples with what the document says about each of
// its words, which the second pass's label features read.
type Doc struct {
	dc    *docContext
	Sents []Example
}

// Featurize makes the first pass's examples of a tagged document: features
// hashed into 2^bits rows, with gaz and cl as the gazetteer and clusters.
func Featurize(d *Document, bits int, gaz *Gazetteer, cl *Clusters) *Doc {
	words := make([][]string, len(d.Sentences))
	for s := range d.Sentences {
		words[s] = d.Sentences[s].Words
	}
	f := featurizer{mask: uint64(1)<<bits - 1, gaz: gaz.g, cl: cl.c}
	out := &Doc{dc: newDocContext(words, nil)}
	for s := range d.Sentences {
		rows, ends := f.sentence(out.dc, s, nil, nil)
		out.Sents = append(out.Sents, Example{Rows: rows, Ends: ends, Gold: toBILOU(d.Sentences[s].Tags)})
	}
	return out
}

// LabelExamples makes the second pass's examples of d: label features from
// the first pass's tags preds, hashed into 2^bits rows, on top of the first
// pass's scores first (one slice per sentence, as Decoder.Tag returns them).
func LabelExamples(d *Doc, bits int, preds [][]int, first [][]float32) *Doc {
	f := featurizer{mask: uint64(1)<<bits - 1}
	lc := newLabelContext(d.dc, preds)
	out := &Doc{dc: d.dc, Sents: make([]Example, len(d.Sents))}
	for s, ex := range d.Sents {
		rows, ends := f.labelRows(lc, s, nil, nil)
		base := make([]float32, len(first[s]))
		for i, v := range first[s] {
			base[i] = v * baseScale
		}
		out.Sents[s] = Example{Rows: rows, Ends: ends, Gold: ex.Gold, Base: base}
	}
	return out
}

// Layer is one trained tagging pass.
type Layer struct{ l *layer }

// NewLayer quantises weights into a layer of 2^bits rows: rel holds
// RowWidth weights per row (tags 1 to NumTags-1, each relative to O's), and
// trans the transition weights (row NumTags is the sentence start).
func NewLayer(bits int, rel []float32, trans *[NumTags + 1][NumTags]float32) *Layer {
	var maxAbs float64
	for _, v := range rel {
		maxAbs = max(maxAbs, math.Abs(float64(v)))
	}
	scale := float32(1)
	if maxAbs > 0 {
		scale = float32(maxAbs / math.MaxInt16)
	}
	l := &layer{bits: bits, scale: scale, trans: *trans}
	l.dom = newDominance(&l.trans)
	w := make([]int16, len(rel))
	for i, v := range rel {
		w[i] = int16(math.Round(float64(v / scale)))
	}
	l.live, l.packed = indexLive(w)
	return &Layer{l: l}
}

// Decoder scores and decodes sentences, reusing its buffers: one per
// goroutine.
type Decoder struct{ t tagger }

// ScoreBuf returns a buffer for the scores of n tokens (NumTags each),
// valid until the next call on d.
func (d *Decoder) ScoreBuf(n int) []float32 { return d.t.scoreBuf(n) }

// Viterbi returns the best well-formed tag sequence under the scores em
// (em[i*NumTags+k] for tag k at token i) and the transitions trans, in
// out's storage.
func (d *Decoder) Viterbi(em []float32, trans *[NumTags + 1][NumTags]float32, out []int) []int {
	return viterbi(em, trans, &d.t, out)
}

// Tag returns the layer's scores for ex (on top of ex.Base), valid until the
// next call on d, and the best tags under them in out's storage.
func (d *Decoder) Tag(l *Layer, ex *Example, out []int) ([]float32, []int) {
	var sc []float32
	if ex.Base == nil {
		sc = l.l.emissions(&d.t, ex.Rows, ex.Ends)
	} else {
		sc = d.t.scoreBuf(len(ex.Ends))
		copy(sc, ex.Base)
		l.l.addEmissions(&d.t, sc, ex.Rows, ex.Ends)
	}
	return sc, viterbi(sc, &l.l.trans, &d.t, out)
}

// NewModel assembles a trained model from its passes (second nil: one pass),
// the size of the first pass's table (2^bits rows), its gazetteer and
// clusters; the closed words are counted from the training documents.
func NewModel(bits int, gaz *Gazetteer, cl *Clusters, train []*Document, first, second *Layer) *Model {
	m := &Model{bits: bits, gaz: gaz.g, cl: cl.c, closed: buildClosed(train), first: first.l}
	if second != nil {
		m.second = second.l
	}
	return m
}
