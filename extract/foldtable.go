package extract

import "strings"

// foldTable is a set of lower-case words, each with a class, looked up in
// any case. It is a map[string]uint8 read by strings.ToLower(w), but an
// ASCII word of at most foldTableMaxLen bytes is folded and hashed in one
// pass and found in an open-addressed table: the line measure looks up
// every word of every page, where a Go map cost some 300 instructions a
// word (hashing, probing) on top of the fold (cachegrind).
type foldTable struct {
	m    map[string]uint8 // the words, for the others
	keys []string         // open addressing, linear probing; "" is empty
	vals []uint8
	mask uint64
}

// foldTableMaxLen bounds a word the table folds on the stack.
const foldTableMaxLen = 24

func newFoldTable(m map[string]uint8) *foldTable {
	size := 1
	for size < 4*len(m) {
		size *= 2
	}
	t := &foldTable{m: m, keys: make([]string, size), vals: make([]uint8, size), mask: uint64(size - 1)}
	for w, v := range m {
		if w == "" || !isASCIILower(w) || len(w) > foldTableMaxLen {
			continue // never found by the fast path: read from m
		}
		i := foldHash(w) & t.mask
		for t.keys[i] != "" {
			i = (i + 1) & t.mask
		}
		t.keys[i], t.vals[i] = w, v
	}
	return t
}

// isASCIILower: every byte is ASCII and none a capital.
func isASCIILower(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 0x80 || 'A' <= c && c <= 'Z' {
			return false
		}
	}
	return true
}

// FNV-1a, 64 bits.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func foldHash(w string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint64(w[i])) * fnvPrime
	}
	return h
}

// class is m[strings.ToLower(w)].
func (t *foldTable) class(w string) uint8 {
	var buf [foldTableMaxLen]byte
	if len(w) > len(buf) || w == "" {
		return t.m[strings.ToLower(w)]
	}
	h := uint64(fnvOffset)
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return t.m[strings.ToLower(w)]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
		h = (h ^ uint64(c)) * fnvPrime
	}
	key := buf[:len(w)]
	for i := h & t.mask; t.keys[i] != ""; i = (i + 1) & t.mask {
		if t.keys[i] == string(key) {
			return t.vals[i]
		}
	}
	return 0
}
