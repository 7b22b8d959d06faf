package dedup

import (
	"encoding/binary"

	"github.com/zeebo/xxh3"
)

// Options are the near-duplicate decision's thresholds.
type Options struct {
	// Bands and Rows split a signature for LSH: two bodies become candidates
	// when all Rows values of one band agree. Bands*Rows must not exceed Perms.
	Bands, Rows int
	// MinContainment is the estimated share of the shorter body's shingles the
	// other must hold to be a near copy.
	MinContainment float64
	// MinShingles is the shingle count below which only exact copies count:
	// estimates on a few shingles are noise.
	MinShingles int
}

// DefaultOptions are tuned on the extraction dev set (HTML versus text-dump
// captures of one page must match, different pages must not).
func DefaultOptions() Options {
	return Options{Bands: 64, Rows: 2, MinContainment: 0.5, MinShingles: 8}
}

// Index finds the earliest stored copy of a body. It is not safe for
// concurrent use; dedup runs in publication order by design.
type Index struct {
	opt     Options
	ids     []string
	sigs    []Signature
	exact   map[uint64]int32
	buckets bandTable
	// seen stamps the signatures one Find has checked, with stamp.
	seen  []uint32
	stamp uint32
}

// NewIndex returns an empty index.
func NewIndex(opt Options) *Index {
	if opt.Bands <= 0 || opt.Rows <= 0 || opt.Bands*opt.Rows > Perms {
		def := DefaultOptions()
		opt.Bands, opt.Rows = def.Bands, def.Rows
	}
	return &Index{opt: opt, exact: map[uint64]int32{}}
}

// Len is the number of signatures added.
func (x *Index) Len() int { return len(x.ids) }

// Add stores a signature under id. Add in publication order: Find returns
// the earliest added copy.
func (x *Index) Add(id string, sig Signature) {
	n := int32(len(x.ids))
	x.ids = append(x.ids, id)
	x.seen = append(x.seen, 0)
	x.sigs = append(x.sigs, Signature{Exact: sig.Exact, Shingles: sig.Shingles, Min: sig.Min})
	if _, ok := x.exact[sig.Exact]; !ok && sig.Exact != 0 {
		x.exact[sig.Exact] = n
	}
	if !x.nearEligible(sig) {
		return
	}
	for b := range x.opt.Bands {
		x.buckets.add(x.bandKey(sig, b), n)
	}
}

// Find returns the id of the earliest added copy of sig: an exact copy, else
// the earliest near copy.
func (x *Index) Find(sig Signature) (string, bool) {
	if n, ok := x.exact[sig.Exact]; ok && sig.Exact != 0 {
		return x.ids[n], true
	}
	if !x.nearEligible(sig) {
		return "", false
	}
	best := int32(-1)
	x.stamp++
	for b := range x.opt.Bands {
		x.buckets.each(x.bandKey(sig, b), func(n int32) {
			if x.seen[n] == x.stamp || (best >= 0 && n >= best) {
				return
			}
			x.seen[n] = x.stamp
			if x.near(sig, x.sigs[n]) {
				best = n
			}
		})
	}
	if best < 0 {
		return "", false
	}
	return x.ids[best], true
}

func (x *Index) nearEligible(sig Signature) bool {
	return len(sig.Min) == Perms && sig.Shingles >= x.opt.MinShingles
}

func (x *Index) near(a, b Signature) bool {
	return b.Shingles >= x.opt.MinShingles && Containment(a, b) >= x.opt.MinContainment
}

func (x *Index) bandKey(sig Signature, band int) uint64 {
	var buf [4 + 4*Perms]byte
	binary.LittleEndian.PutUint32(buf[:4], uint32(band))
	rows := sig.Min[band*x.opt.Rows : (band+1)*x.opt.Rows]
	for i, v := range rows {
		binary.LittleEndian.PutUint32(buf[4+4*i:], v)
	}
	return xxh3.Hash(buf[:4+4*len(rows)])
}
