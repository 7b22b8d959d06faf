package cluster

import (
	"cmp"
	"math"
	"slices"
	"sort"
)

// vocab interns terms and keeps their document frequencies, so that vectors
// are small sorted slices of ids and the IDF follows the stream as it grows.
//
// Each term belongs to one language (the words of other languages than
// English are keyed with their language, see termCounts), and its IDF counts
// the documents of that language only: in a stream where one article in ten
// is Spanish, "de" and "que" are in a tenth of the documents, as rare as a
// name, and two Spanish articles on unrelated events looked alike.
type vocab struct {
	ids map[string]int32
	df  []int32
	// lang is each term's language, an index into langDocs, the number of
	// documents seen in each language; langs maps a language key to its
	// index (English and unknown share the first).
	lang     []uint16
	langDocs []int
	langs    map[string]uint16
}

func newVocab() *vocab {
	return &vocab{ids: map[string]int32{}, langs: map[string]uint16{"": 0}, langDocs: []int{0}}
}

func (v *vocab) id(term string) int32 {
	return v.idIn(term, 0)
}

// idIn is id for a term first seen in a document of language li.
func (v *vocab) idIn(term string, li uint16) int32 {
	if id, ok := v.ids[term]; ok {
		return id
	}
	return v.add(term, li)
}

// add gives a term the vocabulary does not hold the next id.
func (v *vocab) add(term string, li uint16) int32 {
	id := int32(len(v.df))
	v.ids[term] = id
	v.df = append(v.df, 0)
	v.lang = append(v.lang, li)
	return id
}

// langIndex returns the index of a language key, adding it when new.
func (v *vocab) langIndex(key string) uint16 {
	if li, ok := v.langs[key]; ok {
		return li
	}
	li := uint16(len(v.langDocs))
	v.langs[key] = li
	v.langDocs = append(v.langDocs, 0)
	return li
}

// docsIn is the number of documents seen in the language of key.
func (v *vocab) docsIn(key string) int {
	if li, ok := v.langs[key]; ok {
		return v.langDocs[li]
	}
	return 0
}

// observeCounts counts one map of a document of language li into the
// document frequencies (docTerms.observe).
func (v *vocab) observeCounts(li uint16, counts map[string]float64) []termID {
	// New terms get ids in sorted order, not map order: ties between
	// weights are broken by id, and results must not vary between runs.
	// Only the new ones need sorting: once a corpus is under way most of
	// a document's terms are known (sorting them all was a quarter of
	// features' time in a one-core ingest profile).
	ids := make([]termID, 0, len(counts))
	var fresh []string
	for t, c := range counts {
		if id, ok := v.ids[t]; ok {
			v.df[id]++
			ids = append(ids, termID{id, c})
		} else {
			fresh = append(fresh, t)
		}
	}
	sort.Strings(fresh)
	for _, t := range fresh {
		id := v.idIn(t, li)
		v.df[id]++
		ids = append(ids, termID{id, counts[t]})
	}
	return ids
}

// termID is a term of a document by its vocabulary id, with its count.
type termID struct {
	id int32
	c  float64
}

func (v *vocab) idf(id int32) float64 {
	return math.Log(float64(v.langDocs[v.lang[id]]+1)/float64(v.df[id]+1)) + 1
}

// entry is one weighted term of a sparse vector.
type entry struct {
	term int32
	w    float32
}

// vector is a unit-length sparse vector sorted by descending weight.
type vector []entry

// tfidf weighs the counts with sublinear tf and the current idf, keeps the
// limit heaviest terms and normalises to unit length.
func (v *vocab) tfidf(counts map[string]float64, limit int) vector {
	terms := make([]termID, 0, len(counts))
	for t, c := range counts {
		terms = append(terms, termID{v.id(t), c})
	}
	return v.tfidfOf(terms, limit)
}

// tfidfOf is tfidf over terms by their ids (docTerms.observe gives them): the
// same vector, as its order (by weight, then id) does not depend on the
// order of the terms, nor a term's idf on the ids given to others.
func (v *vocab) tfidfOf(terms []termID, limit int) vector {
	vec := make(vector, 0, len(terms))
	for _, t := range terms {
		vec = append(vec, entry{t.id, float32((1 + math.Log(t.c)) * v.idf(t.id))})
	}
	return weighed(vec, limit)
}

// weighed sorts tf-idf entries by descending weight (then id), keeps the
// limit heaviest and normalises them to unit length. Past the limit, the
// heaviest are chosen first (heaviest) and only they are sorted: the same
// entries in the same order as sorting them all and cutting (TestWeighedIsSortAndCut).
func weighed(vec vector, limit int) vector {
	if limit > 0 && len(vec) > limit {
		heaviest(vec, limit)
		vec = vec[:limit]
	}
	// a total order (ids are distinct): any sort gives the same vector
	slices.SortFunc(vec, byWeight)
	return unitLength(vec)
}

// unitLength divides the weights by the vector's Euclidean length.
func unitLength(vec vector) vector {
	var norm float64
	for _, e := range vec {
		norm += float64(e.w) * float64(e.w)
	}
	norm = math.Sqrt(norm)
	for i := range vec {
		vec[i].w = float32(float64(vec[i].w) / norm)
	}
	return vec
}

// byWeight orders entries by descending weight, then by id.
func byWeight(x, y entry) int {
	if x.w != y.w {
		return cmp.Compare(y.w, x.w)
	}
	return cmp.Compare(x.term, y.term)
}

// heaviest moves the k first entries of vec by byWeight to its front, in no
// particular order (quickselect): an article's terms are several times the
// vector's limit, and sorting them all was a tenth of the clusterer's time
// (BenchmarkAssignDev profile).
func heaviest(vec vector, k int) {
	lo, hi := 0, len(vec) // the k-th entry lies in vec[lo:hi]
	for hi-lo > 1 {
		p := partition(vec[lo:hi]) + lo
		switch {
		case p == k || p == k-1:
			return
		case p < k:
			lo = p + 1
		default:
			hi = p
		}
	}
}

// partition puts the middle entry of vec (the pivot) where it belongs by
// byWeight, the entries before it in front and the ones after it behind,
// and returns its place.
func partition(vec vector) int {
	last := len(vec) - 1
	vec[len(vec)/2], vec[last] = vec[last], vec[len(vec)/2]
	pivot, p := vec[last], 0
	for i := range last {
		if byWeight(vec[i], pivot) < 0 {
			vec[i], vec[p] = vec[p], vec[i]
			p++
		}
	}
	vec[p], vec[last] = vec[last], vec[p]
	return p
}

// unit weighs the counts as they are, with no idf, and normalises the
// vector to unit length.
func (v *vocab) unit(counts map[string]float64) vector {
	vec := make(vector, 0, len(counts))
	var norm float64
	for _, t := range sortedTerms(counts) {
		vec = append(vec, entry{v.id(t), float32(counts[t])})
		norm += counts[t] * counts[t]
	}
	for i := range vec {
		vec[i].w = float32(float64(vec[i].w) / math.Sqrt(norm))
	}
	return vec
}

func sortedTerms(m map[string]float64) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// byTerm returns a copy of the vector sorted by term id, the order centroids
// keep, so that dot products are merge joins over two sorted lists.
func (v vector) byTerm() vector {
	out := append(vector(nil), v...)
	slices.SortFunc(out, func(x, y entry) int { return cmp.Compare(x.term, y.term) })
	return out
}

// centroid is the sum of member vectors, sorted by term, with its squared
// norm kept up to date. Sorted slices rather than maps: scoring an article
// against a few dozen candidates is then sequential memory reads, and the
// garbage collector has no pointers to chase.
type centroid struct {
	e     vector
	norm2 float64
	// n is the number of non-empty vectors summed.
	n int
}

func newCentroid() *centroid { return &centroid{} }

// add adds a term-sorted vector times scale.
func (c *centroid) add(v vector, scale float32) {
	if len(v) > 0 {
		c.n++
	}
	out := make(vector, 0, len(c.e)+len(v))
	i, j := 0, 0
	for i < len(c.e) || j < len(v) {
		switch {
		case j == len(v) || (i < len(c.e) && c.e[i].term < v[j].term):
			out = append(out, c.e[i])
			i++
		case i == len(c.e) || v[j].term < c.e[i].term:
			out = append(out, entry{v[j].term, scale * v[j].w})
			j++
		default:
			out = append(out, entry{c.e[i].term, c.e[i].w + scale*v[j].w})
			i++
			j++
		}
	}
	c.e = out
	c.norm2 = 0
	for _, x := range out {
		c.norm2 += float64(x.w) * float64(x.w)
	}
}

func (c *centroid) addCentroid(o *centroid) {
	n := c.n
	c.add(o.e, 1)
	c.n = n + o.n
}

// mean is the mean dot product of a unit, term-sorted vector with the
// vectors summed: the average-link similarity.
func (c *centroid) mean(v vector) float64 {
	if c.n == 0 {
		return 0
	}
	return dot(c.e, v) / float64(c.n)
}

// meanCentroid is the mean dot product between the vectors of two centroids.
func (c *centroid) meanCentroid(o *centroid) float64 {
	if c.n == 0 || o.n == 0 {
		return 0
	}
	return dot(c.e, o.e) / float64(c.n*o.n)
}

// sim is the cosine, or the average-link similarity when avg is set.
func (c *centroid) sim(v vector, avg bool) float64 {
	if avg {
		return c.mean(v)
	}
	return c.cosine(v)
}

// dot is the dot product of two term-sorted vectors.
func dot(a, b vector) float64 {
	var d float64
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i].term < b[j].term:
			i++
		case b[j].term < a[i].term:
			j++
		default:
			d += float64(a[i].w) * float64(b[j].w)
			i++
			j++
		}
	}
	return d
}

// cosine of a unit, term-sorted vector with the centroid.
func (c *centroid) cosine(v vector) float64 {
	if c.norm2 <= 0 {
		return 0
	}
	return dot(c.e, v) / math.Sqrt(c.norm2)
}

// cosineCentroid compares two centroids.
func (c *centroid) cosineCentroid(o *centroid) float64 {
	if c.norm2 <= 0 || o.norm2 <= 0 {
		return 0
	}
	return dot(c.e, o.e) / math.Sqrt(c.norm2*o.norm2)
}

// weight returns the centroid's weight for one term.
func (c *centroid) weight(term int32) float32 {
	i := sort.Search(len(c.e), func(i int) bool { return c.e[i].term >= term })
	if i < len(c.e) && c.e[i].term == term {
		return c.e[i].w
	}
	return 0
}
