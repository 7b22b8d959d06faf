// Package ner is storyline's named-entity tagger: an averaged structured
// perceptron over hashed features (word, shape, affixes, context, gazetteer
// and document-level evidence), decoded with Viterbi over BILOU tags, in two
// passes: the second sees what the first predicted for the same words
// elsewhere in the document. It is trained by nertrain.Train from CoNLL data; the
// shipped model is embedded in the binary (model/ner.bin.gz, see MODEL.md).
package ner

import (
	"math/bits"
	"sync"
	"unsafe"
)

// rowWidth is the number of weights per feature row in a layer: one per tag
// but O. Adding the same amount to every tag of a token shifts all paths
// alike, so O's weight is subtracted out and a row is 32 bytes, half a
// cache line: the table lookups are what tagging spends its time on.
const rowWidth = numTags - 1

// layer is one trained tagging pass: quantised emission weights per hashed
// feature row, and tag transitions.
type layer struct {
	bits int // log2 of the number of rows
	// live says which rows hold a weight other than zero, and packed
	// holds those rows alone, in order, rowWidth weights each for tags
	// 1..numTags-1 (indexLive); the other rows are zeros.
	live   []liveWord
	packed []int16
	scale  float32                       // weight = int16 * scale
	trans  [numTags + 1][numTags]float32 // row numTags is the sentence start
	dom    *dominance                    // of trans (newDominance), for decoding
}

// liveWord says which of 64 rows of a layer are live (hold a weight other
// than zero) and how many live rows come before them. The embedded
// model's first table is 32 MB, 93% of its rows zeros: hashed features
// the training data never gave a weight. Tagging looks a row up for
// every feature of every token, read at random, and most of those loads
// missed the caches; the live rows alone are 2.3 MB and their index
// 256 KB, and a zero row adds nothing to a sum, so it is not read at all.
type liveWord struct {
	rows   uint64 // bit i: row 64*k+i is live
	before uint32
}

// indexLive returns which rows of w, a whole table of rows, are live,
// and those rows packed in order.
func indexLive(w []int16) ([]liveWord, []int16) {
	n := len(w) / rowWidth
	live := make([]liveWord, (n+63)/64)
	count := 0
	for r := range n {
		if !isZeroRow((*[rowWidth]int16)(w[r*rowWidth:])) {
			live[r/64].rows |= 1 << (r % 64)
			count++
		}
	}
	countLive(live)
	packed := make([]int16, 0, count*rowWidth)
	for r := range n {
		if live[r/64].rows&(1<<(r%64)) != 0 {
			packed = append(packed, w[r*rowWidth:(r+1)*rowWidth]...)
		}
	}
	return live, packed
}

// countLive fills in each word's count of the live rows before it, and
// returns the count of all.
func countLive(live []liveWord) int {
	before := 0
	for k := range live {
		live[k].before = uint32(before)
		before += bits.OnesCount64(live[k].rows)
	}
	return before
}

func isZeroRow(w *[rowWidth]int16) bool {
	return *w == [rowWidth]int16{}
}

// liveRows maps each token's rows to rows of packed, leaving out the rows
// of zeros, into the tagger's buffers.
func (l *layer) liveRows(t *tagger, rows []uint32, ends []int32) ([]uint32, []int32) {
	out, outEnds := t.liveRows[:0], t.liveEnds[:0]
	start := int32(0)
	for _, end := range ends {
		for _, r := range rows[start:end] {
			lw := l.live[r/64]
			bit := uint64(1) << (r % 64)
			if lw.rows&bit != 0 {
				out = append(out, lw.before+uint32(bits.OnesCount64(lw.rows&(bit-1))))
			}
		}
		outEnds = append(outEnds, int32(len(out)))
		start = end
	}
	t.liveRows, t.liveEnds = out, outEnds
	return out, outEnds
}

// Model is a trained tagger. It is safe for concurrent use.
type Model struct {
	bits  int
	first *layer
	// second adds document-level label features to the first pass's
	// scores; nil in a model trained without the document pass.
	second *layer
	gaz    gazetteer
	cl     clusters
	closed closedWords // words that may not continue a name
	pool   sync.Pool   // *tagger scratch space
}

func (m *Model) featurizer() featurizer {
	return featurizer{mask: 1<<m.bits - 1, gaz: m.gaz, cl: m.cl}
}

// baseScale weighs the first pass's scores in the second pass: small, so
// that the second pass's label weights, which the perceptron moves by whole
// steps, can overturn a first-pass tag (0.005 to 0.1 score alike on dev).
const baseScale = 0.02

// tagger holds the buffers for tagging one document at a time.
type tagger struct {
	f      featurizer
	rows   []uint32 // feature rows of the whole document
	ends   []int32  // end of each token's rows in rows
	sents  []int    // index of each sentence's first token in ends
	rel    []int32  // one sentence's ends, relative to its first row
	rows2  []uint32 // one sentence's label rows for the second pass
	ends2  []int32
	em     []float32 // first-pass scores of the whole document
	scores []float32
	back   []int8
	preds  [][]int        // first-pass tags per sentence
	mask   []bool         // one sentence's closed words
	toks   map[string]tok // the document's words read (readDocContext)
	// liveRows and liveEnds are one call's rows and ends in a layer's
	// packed table (layer.liveRows)
	liveRows []uint32
	liveEnds []int32
}

func (m *Model) tagger() *tagger {
	if t, ok := m.pool.Get().(*tagger); ok {
		return t
	}
	return &tagger{f: m.featurizer()}
}

// TagDocument returns IOB2 tags for every token of every sentence of a
// document. Passing a whole document, not sentence by sentence, lets the
// tagger use what the other sentences say about each word.
func (m *Model) TagDocument(sents [][]string) [][]string {
	t := m.tagger()
	defer m.pool.Put(t)
	if t.toks == nil {
		t.toks = map[string]tok{}
	}
	dc := readDocContext(sents, m.closed, t.toks)
	preds := m.firstPass(t, dc)
	if m.second != nil {
		lc := newLabelContext(dc, preds)
		f := featurizer{mask: 1<<m.second.bits - 1}
		for s := range sents {
			t.rows2, t.ends2 = f.labelRows(lc, s, t.rows2[:0], t.ends2[:0])
			i := t.sents[s] * numTags
			em := t.scoreBuf(len(t.ends2))
			for k := range em {
				em[k] = t.em[i+k] * baseScale
			}
			m.second.addEmissions(t, em, t.rows2, t.ends2)
			preds[s] = viterbiDom(em, &m.second.trans, m.second.dom, t, preds[s])
		}
	}
	out := make([][]string, len(sents))
	for s := range sents {
		fixHeads(sents[s], preds[s])
	}
	m.closed.trimOpeners(sents, preds)
	for s := range sents {
		out[s] = toIOB(preds[s])
	}
	return out
}

// firstPass featurizes the whole document into t and tags it with the first layer.
func (m *Model) firstPass(t *tagger, dc *docContext) [][]int {
	t.rows, t.ends, t.sents, t.em = t.rows[:0], t.ends[:0], t.sents[:0], t.em[:0]
	for len(t.preds) < len(dc.sents) {
		t.preds = append(t.preds, nil)
	}
	preds := t.preds[:len(dc.sents)]
	t.f.startDocument()
	for s := range dc.sents {
		t.sents = append(t.sents, len(t.ends))
		t.rows, t.ends = t.f.sentence(dc, s, t.rows, t.ends)
		rows, ends := t.sentenceRows(s)
		em := m.first.emissions(t, rows, ends)
		t.mask = m.closed.mask(dc.sents[s], t.mask[:0])
		shut(em, t.mask)
		t.em = append(t.em, em...)
		preds[s] = viterbiDom(em, &m.first.trans, m.first.dom, t, preds[s])
	}
	return preds
}

// sentenceRows returns the rows of sentence s and their ends, relative to the
// returned rows.
func (t *tagger) sentenceRows(s int) ([]uint32, []int32) {
	i := t.sents[s]
	j := len(t.ends)
	if s+1 < len(t.sents) {
		j = t.sents[s+1]
	}
	base := int32(0)
	if i > 0 {
		base = t.ends[i-1]
	}
	end := base
	if j > i {
		end = t.ends[j-1]
	}
	t.rel = t.rel[:0]
	for _, e := range t.ends[i:j] {
		t.rel = append(t.rel, e-base)
	}
	return t.rows[base:end], t.rel
}

// TagTokens returns IOB2 tags for one sentence taken as a document of its own.
func (m *Model) TagTokens(words []string) []string {
	return m.TagDocument([][]string{words})[0]
}

// emissions returns the score of tag k at token i in [i*numTags+k].
func (l *layer) emissions(t *tagger, rows []uint32, ends []int32) []float32 {
	sc := t.scoreBuf(len(ends))
	clear(sc)
	l.addEmissions(t, sc, rows, ends)
	return sc
}

// addEmissions adds the layer's scores of each token's rows to sc, t's
// buffers its scratch.
func (l *layer) addEmissions(t *tagger, sc []float32, rows []uint32, ends []int32) {
	rows, ends = l.liveRows(t, rows, ends)
	table := l.packed
	touch(table, rows)
	words := weightWords(table)
	start := int32(0)
	for i, end := range ends {
		var acc [rowWidth]int32
		if words != nil {
			sumRowsPacked(&acc, words, rows[start:end])
		} else {
			sumRows(&acc, table, rows[start:end])
		}
		out := sc[i*numTags : (i+1)*numTags]
		for k, a := range acc {
			out[k+1] += float32(a) * l.scale
		}
		start = end
	}
}

// weightWords is a weight table as 64-bit words of four weights each, the
// first in the low bits, where this machine lays them out so; else nil.
func weightWords(w []int16) []uint64 {
	if len(w) == 0 || !littleEndian() || uintptr(unsafe.Pointer(&w[0]))%8 != 0 {
		return nil
	}
	return unsafe.Slice((*uint64)(unsafe.Pointer(&w[0])), len(w)/4)
}

// sumRows adds the weights of rows to acc.
func sumRows(acc *[rowWidth]int32, weights []int16, rows []uint32) {
	for _, r := range rows {
		w := (*[rowWidth]int16)(weights[int(r)*rowWidth:])
		for k := range acc {
			acc[k] += int32(w[k])
		}
	}
}

const (
	// laneBias flips the sign bit of each 16-bit weight of a word: a
	// weight w becomes w+32768, from 0 to 65535.
	laneBias = 0x8000_8000_8000_8000
	// evenLanes keeps weights 0 and 2 of a word, each in a 32-bit lane.
	evenLanes = 0x0000_ffff_0000_ffff
	// packedRun bounds the rows summed at once: a 32-bit lane holds
	// 65536 biased weights without carrying into the next.
	packedRun = 1 << 16
)

// sumRowsPacked is sumRows reading four weights a load: each weight,
// biased to be non-negative, is summed in a 32-bit lane of a 64-bit word,
// two weights a word, and the bias taken off at the end. The sums are
// sumRows' exactly (TestSumRowsPacked); a loop of 16 single additions per
// row spent more instructions counting than adding.
func sumRowsPacked(acc *[rowWidth]int32, words []uint64, rows []uint32) {
	for len(rows) > packedRun {
		sumRowsPacked(acc, words, rows[:packedRun])
		rows = rows[packedRun:]
	}
	var e0, o0, e1, o1, e2, o2, e3, o3 uint64
	for _, r := range rows {
		w := (*[rowWidth / 4]uint64)(words[int(r)*(rowWidth/4):])
		x := w[0] ^ laneBias
		e0 += x & evenLanes
		o0 += x >> 16 & evenLanes
		x = w[1] ^ laneBias
		e1 += x & evenLanes
		o1 += x >> 16 & evenLanes
		x = w[2] ^ laneBias
		e2 += x & evenLanes
		o2 += x >> 16 & evenLanes
		x = w[3] ^ laneBias
		e3 += x & evenLanes
		o3 += x >> 16 & evenLanes
	}
	bias := int64(len(rows)) << 15
	for q, pair := range [rowWidth / 4][2]uint64{{e0, o0}, {e1, o1}, {e2, o2}, {e3, o3}} {
		acc[4*q] += int32(int64(uint32(pair[0])) - bias)
		acc[4*q+1] += int32(int64(uint32(pair[1])) - bias)
		acc[4*q+2] += int32(int64(pair[0]>>32) - bias)
		acc[4*q+3] += int32(int64(pair[1]>>32) - bias)
	}
}

func (t *tagger) scoreBuf(n int) []float32 {
	if cap(t.scores) < n*numTags {
		t.scores = make([]float32, n*numTags)
	}
	return t.scores[:n*numTags]
}

// touchSink keeps touch's loads from being optimised away.
var touchSink int16

// touch reads one weight of every row before the rows are summed. The table
// is far larger than the caches, so tagging waits on memory; these loads
// depend on nothing, so the processor has many of them in flight at once,
// where the summing loop, a few dozen instructions per row, keeps only a
// few. The sums then read from cache. It changes no score.
func touch(w []int16, rows []uint32) {
	var s int16
	for _, r := range rows {
		s |= w[int(r)*rowWidth]
	}
	touchSink = s
}
