package cluster

import (
	"math"
	"sort"
)

// vocab interns terms and keeps their document frequencies, so that vectors
// are small sorted slices of ids and the IDF follows the stream as it grows.
type vocab struct {
	ids  map[string]int32
	df   []int32
	docs int
}

func newVocab() *vocab { return &vocab{ids: map[string]int32{}} }

func (v *vocab) id(term string) int32 {
	if id, ok := v.ids[term]; ok {
		return id
	}
	id := int32(len(v.df))
	v.ids[term] = id
	v.df = append(v.df, 0)
	return id
}

// observeDoc counts one document's terms (its words and its names, which
// are keyed apart) into the document frequencies.
func (v *vocab) observeDoc(term ...map[string]float64) {
	v.docs++
	for _, counts := range term {
		for t := range counts {
			v.df[v.id(t)]++
		}
	}
}

func (v *vocab) idf(id int32) float64 {
	return math.Log(float64(v.docs+1)/float64(v.df[id]+1)) + 1
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
	vec := make(vector, 0, len(counts))
	for t, c := range counts {
		id := v.id(t)
		vec = append(vec, entry{id, float32((1 + math.Log(c)) * v.idf(id))})
	}
	sort.Slice(vec, func(i, j int) bool {
		if vec[i].w != vec[j].w {
			return vec[i].w > vec[j].w
		}
		return vec[i].term < vec[j].term
	})
	if limit > 0 && len(vec) > limit {
		vec = vec[:limit]
	}
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

// centroid is the sum of member vectors, with its squared norm kept up to date.
type centroid struct {
	w     map[int32]float32
	norm2 float64
}

func newCentroid() *centroid { return &centroid{w: map[int32]float32{}} }

func (c *centroid) add(v vector, scale float32) {
	for _, e := range v {
		old := c.w[e.term]
		nw := old + scale*e.w
		c.norm2 += float64(nw)*float64(nw) - float64(old)*float64(old)
		c.w[e.term] = nw
	}
}

func (c *centroid) addCentroid(o *centroid) {
	for t, w := range o.w {
		old := c.w[t]
		nw := old + w
		c.norm2 += float64(nw)*float64(nw) - float64(old)*float64(old)
		c.w[t] = nw
	}
}

// cosine of a unit vector with the centroid.
func (c *centroid) cosine(v vector) float64 {
	if c.norm2 <= 0 {
		return 0
	}
	var dot float64
	for _, e := range v {
		dot += float64(e.w) * float64(c.w[e.term])
	}
	return dot / math.Sqrt(c.norm2)
}

// cosineCentroid compares two centroids, iterating over the smaller.
func (c *centroid) cosineCentroid(o *centroid) float64 {
	if c.norm2 <= 0 || o.norm2 <= 0 {
		return 0
	}
	a, b := c, o
	if len(b.w) < len(a.w) {
		a, b = b, a
	}
	var dot float64
	for t, w := range a.w {
		dot += float64(w) * float64(b.w[t])
	}
	return dot / math.Sqrt(c.norm2*o.norm2)
}

// top returns the n heaviest terms of the centroid, ties by term id.
func (c *centroid) top(n int) []int32 {
	terms := make([]entry, 0, len(c.w))
	for t, w := range c.w {
		terms = append(terms, entry{t, w})
	}
	sort.Slice(terms, func(i, j int) bool {
		if terms[i].w != terms[j].w {
			return terms[i].w > terms[j].w
		}
		return terms[i].term < terms[j].term
	})
	out := make([]int32, 0, n)
	for i := 0; i < n && i < len(terms); i++ {
		out = append(out, terms[i].term)
	}
	return out
}
