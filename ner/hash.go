package ner

// Feature strings are never stored: each is hashed (FNV-1a over a template
// id and its parts, then mixed) straight into a row of the weight table, so
// the model carries weights, not words, and extraction allocates nothing.

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

type hasher uint64

func tmpl(id byte) hasher { return hasher((fnvOffset ^ uint64(id)) * fnvPrime) }

func (h hasher) str(s string) hasher {
	x := uint64(h)
	for i := 0; i < len(s); i++ {
		x ^= uint64(s[i])
		x *= fnvPrime
	}
	return hasher(x)
}

// sep marks the boundary between parts, so ("ab","c") and ("a","bc") differ.
func (h hasher) sep() hasher { return hasher((uint64(h) ^ 0x1f) * fnvPrime) }

func (h hasher) num(n int) hasher { return hasher((uint64(h) ^ uint64(n) ^ 0x5bd1e995) * fnvPrime) }

// sum finalises the hash (the murmur3 mixer) so that its low bits are usable
// as a table index.
func (h hasher) sum() uint64 {
	x := uint64(h)
	x ^= x >> 33
	x *= 0xff51afd7ed558ccd
	x ^= x >> 33
	x *= 0xc4ceb9fe1a85ec53
	x ^= x >> 33
	return x
}
