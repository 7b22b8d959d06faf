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
	// ends is a filter asked first (edgeKey): most words of a page are
	// none of the table's, and three bytes of most of those say so
	ends edgeFilter
}

// edgeFilter is a set of a word's first, second and last bytes, folded,
// hashed into bits (edgeKey): a word whose bits are unset is not in the
// table. It is asked only of a word whose three bytes are ASCII, which
// strings.ToLower keeps where they are, folded: a word the table holds in
// any case has the bits of the lower-case word it holds.
type edgeFilter [edgeFilterBits / 64]uint64

// edgeFilterBits is the filter's size: 1 KiB, so that the few hundred
// words of a table set a twentieth of its bits.
const edgeFilterBits = 1 << 13

// edgeKey is the filter's bit of a word of three ASCII bytes: the first,
// the second (0 past a word of one) and the last, folded.
func edgeKey(first, second, last byte) uint32 {
	return (uint32(asciiFold[first])*0x9E3779B1 ^ uint32(asciiFold[second])*0x85EBCA77 ^ uint32(asciiFold[last])*0xC2B2AE3D) >> (32 - 13)
}

// asciiFold folds an ASCII capital to lower case, any other byte kept.
var asciiFold = func() (t [256]byte) {
	for c := range t {
		t[c] = byte(c)
		if 'A' <= c && c <= 'Z' {
			t[c] += 'a' - 'A'
		}
	}
	return t
}()

// edges are w's first, second (0 past a word of one) and last bytes, and
// whether all three are ASCII; w is not empty.
func edges(w string) (first, second, last byte, ascii bool) {
	first, last = w[0], w[len(w)-1]
	if len(w) > 1 {
		second = w[1]
	}
	return first, second, last, (first | second | last) < 0x80
}

func (f *edgeFilter) add(first, second, last byte) {
	k := edgeKey(first, second, last)
	f[k/64] |= 1 << (k % 64)
}

func (f *edgeFilter) has(first, second, last byte) bool {
	k := edgeKey(first, second, last)
	return f[k/64]&(1<<(k%64)) != 0
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
		if w != "" {
			// every word of m: a word of ASCII edges finds it by the
			// map when it is long or holds other letters
			if first, second, last, ascii := edges(w); ascii {
				t.ends.add(first, second, last)
			}
		}
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
	if w == "" {
		return t.m[""]
	}
	if first, second, last, ascii := edges(w); ascii && !t.ends.has(first, second, last) {
		return 0
	}
	if len(w) > len(buf) {
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
