package ner

import (
	"math"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/storyline-news/storyline/sharedtest"
)

func TestBILOU(t *testing.T) {
	tests := []struct{ iob, bilou, back string }{
		{"B-PER I-PER I-PER O B-LOC", "B-PER I-PER L-PER O U-LOC", "B-PER I-PER I-PER O B-LOC"},
		{"B-ORG B-ORG I-ORG", "U-ORG B-ORG L-ORG", "B-ORG B-ORG I-ORG"},
		{"I-MISC I-MISC O", "B-MISC L-MISC O", "B-MISC I-MISC O"}, // IOB1 starts become B
		{"B-PER I-LOC", "U-PER U-LOC", "B-PER B-LOC"},
		{"B-XYZ O", "O O", "O O"},
	}
	names := func(tags []int) string {
		var out []string
		for _, t := range tags {
			if t == tagO {
				out = append(out, "O")
				continue
			}
			out = append(out, string("BILU"[tagPos(t)])+"-"+typeNames[tagType(t)])
		}
		return strings.Join(out, " ")
	}
	for _, tt := range tests {
		b := toBILOU(strings.Fields(tt.iob))
		if got := names(b); got != tt.bilou {
			t.Errorf("toBILOU(%s) = %s, want %s", tt.iob, got, tt.bilou)
		}
		if got := toIOB(b); !reflect.DeepEqual(got, strings.Fields(tt.back)) {
			t.Errorf("toIOB(toBILOU(%s)) = %v, want %s", tt.iob, got, tt.back)
		}
	}
}

func TestViterbiOnlyWellFormed(t *testing.T) {
	// Emissions that prefer an I tag first and an L of another type: the
	// decoder must still return a valid sequence.
	em := make([]float32, 3*numTags)
	em[mkTag(0, posI)] = 10
	em[numTags+mkTag(1, posL)] = 10
	em[2*numTags+mkTag(2, posI)] = 10
	var trans [numTags + 1][numTags]float32
	got := viterbi(em, &trans, &tagger{}, nil)
	prev := -1
	for _, tg := range got {
		if !allowed(prev, tg) {
			t.Fatalf("sequence %v has %d after %d", got, tg, prev)
		}
		prev = tg
	}
	if !allowed(prev, -1) {
		t.Fatalf("sequence %v ends inside an entity", got)
	}
}

// viterbiByPreds is viterbi as first written: each tag's predecessors read
// from preds. viterbi must return its sequences.
func viterbiByPreds(em []float32, trans *[numTags + 1][numTags]float32, out []int) []int {
	n := len(em) / numTags
	out = out[:0]
	if n == 0 {
		return out
	}
	back := make([]int8, n*numTags)
	neg := float32(math.Inf(-1))
	var cur, next [numTags]float32
	for b := 0; b < numTags; b++ {
		cur[b] = neg
		if validTrans[numTags][b] {
			cur[b] = em[b] + trans[numTags][b]
		}
	}
	for i := 1; i < n; i++ {
		for b := 0; b < numTags; b++ {
			best, arg := neg, 0
			for _, a := range preds[b] {
				if s := cur[a] + trans[a][b]; s > best {
					best, arg = s, int(a)
				}
			}
			next[b] = best + em[i*numTags+b]
			back[i*numTags+b] = int8(arg)
		}
		cur = next
	}
	best, arg := neg, 0
	for a := 0; a < numTags; a++ {
		if validEnd[a] && cur[a] > best {
			best, arg = cur[a], a
		}
	}
	for range n {
		out = append(out, 0)
	}
	for i := n - 1; i >= 0; i-- {
		out[i] = arg
		arg = int(back[i*numTags+arg])
	}
	return out
}

func TestViterbiIsViterbiByPreds(t *testing.T) {
	for b := range numTags {
		want := []int8{int8(mkTag(tagType(b), posB)), int8(mkTag(tagType(b), posI))}
		if slices.Contains(openers[:], int8(b)) {
			want = closedTags[:]
		}
		if !slices.Equal(preds[b], want) {
			t.Fatalf("tag %d follows %v, viterbi reads %v", b, preds[b], want)
		}
	}
	rng := rand.New(rand.NewPCG(5, 6))
	// Few distinct values make ties, which the first best must win;
	// -Inf rules tags out (shut does), NaN is never best.
	values := []float32{0, 1, -1, 0.5, float32(math.Inf(-1)), float32(math.NaN())}
	draw := func(tied bool) float32 {
		if tied {
			return values[rng.IntN(len(values))]
		}
		return float32(rng.NormFloat64())
	}
	tg := &tagger{}
	for trial := range 3000 {
		tied := trial%2 == 0
		var trans [numTags + 1][numTags]float32
		for a := range trans {
			for b := range trans[a] {
				trans[a][b] = draw(tied)
			}
		}
		em := make([]float32, rng.IntN(30)*numTags)
		for i := range em {
			em[i] = draw(tied)
		}
		got := viterbi(em, &trans, tg, nil)
		want := viterbiByPreds(em, &trans, nil)
		if !slices.Equal(got, want) {
			t.Fatalf("trial %d: viterbi %v, by preds %v", trial, got, want)
		}
	}
}

// TestViterbiDomIsViterbi holds the dominance shortcut to the full search:
// random transitions (some runs with few distinct values, so that sums
// tie; some spread over magnitudes far apart) and emissions with -Inf and
// NaN among them; then the embedded model's layers over the CoNLL dev
// sentences (or a sentence of its own), first and second pass.
func TestViterbiDomIsViterbi(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 12))
	values := []float32{0, 1, -1, 0.5, 3}
	tg := &tagger{}
	for trial := range 4000 {
		var trans [numTags + 1][numTags]float32
		draw := func() float32 {
			switch trial % 3 {
			case 0:
				return values[rng.IntN(len(values))]
			case 1:
				return float32(rng.NormFloat64() * math.Pow(10, float64(rng.IntN(12)-6)))
			}
			return float32(rng.NormFloat64())
		}
		for a := range trans {
			for b := range trans[a] {
				trans[a][b] = draw()
			}
		}
		em := make([]float32, rng.IntN(30)*numTags)
		for i := range em {
			em[i] = draw() * 4
			switch rng.IntN(40) {
			case 0:
				em[i] = float32(math.Inf(-1))
			case 1:
				em[i] = float32(math.NaN())
			}
		}
		dom := newDominance(&trans)
		if dom == nil {
			t.Fatalf("trial %d: finite transitions have no dominance table", trial)
		}
		got := viterbiDom(em, &trans, dom, tg, nil)
		want := viterbi(em, &trans, tg, nil)
		if !slices.Equal(got, want) {
			t.Fatalf("trial %d: with dominance %v, full search %v", trial, got, want)
		}
	}
	var inf [numTags + 1][numTags]float32
	inf[closedTags[3]][openers[2]] = float32(math.Inf(-1))
	if newDominance(&inf) != nil {
		t.Error("a transition of -Inf has a dominance table")
	}

	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	docs := devWords(t)
	if docs == nil {
		docs = [][][]string{{strings.Fields("NATO Secretary-General Mark Rutte met Donald Trump in Davos on Thursday , officials in Brussels said .")}}
	}
	plain := &Model{bits: m.bits, gaz: m.gaz, cl: m.cl, closed: m.closed}
	plain.first = &layer{bits: m.first.bits, live: m.first.live, packed: m.first.packed, scale: m.first.scale, trans: m.first.trans}
	if m.second != nil {
		plain.second = &layer{bits: m.second.bits, live: m.second.live, packed: m.second.packed, scale: m.second.scale, trans: m.second.trans}
	}
	if m.first.dom == nil {
		t.Fatal("the embedded model's first layer has no dominance table")
	}
	for i, d := range docs {
		if got, want := m.TagDocument(d), plain.TagDocument(d); !slices.EqualFunc(got, want, slices.Equal) {
			t.Fatalf("document %d: tags with dominance differ from the full search's", i)
		}
	}
}

// TestOwnRowsAsHashed holds the rows of a document's words' own features,
// hashed once a word, to those hashed at every token: the CoNLL dev
// documents (or a sentence of its own) read as the tagger reads them, and
// read twice in a row by one featurizer.
func TestOwnRowsAsHashed(t *testing.T) {
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	docs := append(devWords(t), [][]string{strings.Fields("NATO chief Mark Rutte met Rutte 's aides in Davos , Davos officials said .")})
	cached, plain := m.featurizer(), m.featurizer()
	toks := map[string]tok{}
	for i, d := range docs {
		dc := readDocContext(d, m.closed, toks)
		for range 2 {
			cached.startDocument()
			for s := range dc.sents {
				got, gotEnds := cached.sentence(dc, s, nil, nil)
				want, wantEnds := plain.sentence(dc, s, nil, nil)
				if !slices.Equal(got, want) || !slices.Equal(gotEnds, wantEnds) {
					t.Fatalf("document %d, sentence %d: rows differ", i, s)
				}
			}
		}
	}
}

// devWords are the words of the CoNLL dev documents, sentence by sentence;
// none when ../shared is absent.
func devWords(t *testing.T) [][][]string {
	if _, ok := sharedtest.Lookup("data/ner/dev.conll"); !ok {
		return nil
	}
	var docs [][][]string
	for _, d := range readShared(t, "data/ner/dev.conll") {
		docs = append(docs, d.Words())
	}
	return docs
}
