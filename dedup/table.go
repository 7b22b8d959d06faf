package dedup

// maxBucket bounds an LSH bucket: shared boilerplate (a site's footer) can
// put thousands of pages in one bucket, and lookups must not slow down with
// the store. A full bucket takes no more entries; the other bands of a copy
// still find it.
const maxBucket = 128

// bandTable maps band keys to the signatures that share them: open
// addressing over flat arrays, chains threaded through an entry array. At
// 100,000 articles and 64 bands it holds millions of entries, which in a Go
// map of slices cost a pointer each for the garbage collector to scan.
type bandTable struct {
	keys  []uint64
	head  []int32 // entry index + 1; 0 marks an empty slot
	count []int32 // entries in the slot's chain
	used  int
	sig   []int32 // per entry: the signature's position in the index
	next  []int32 // per entry: the next entry of the chain + 1
}

func (t *bandTable) slot(key uint64) int {
	mask := len(t.keys) - 1
	i := int(key>>1) & mask
	for t.head[i] != 0 && t.keys[i] != key {
		i = (i + 1) & mask
	}
	return i
}

func (t *bandTable) add(key uint64, n int32) {
	if 2*(t.used+1) > len(t.keys) {
		t.grow()
	}
	i := t.slot(key)
	if t.head[i] == 0 {
		t.keys[i] = key
		t.used++
	} else if t.count[i] >= maxBucket {
		return
	}
	t.sig = append(t.sig, n)
	t.next = append(t.next, t.head[i])
	t.head[i] = int32(len(t.sig))
	t.count[i]++
}

// each calls fn for every signature under key, newest first.
func (t *bandTable) each(key uint64, fn func(n int32)) {
	if len(t.keys) == 0 {
		return
	}
	for e := t.head[t.slot(key)]; e != 0; e = t.next[e-1] {
		fn(t.sig[e-1])
	}
}

func (t *bandTable) grow() {
	old := *t
	size := max(1024, 2*len(old.keys))
	t.keys, t.head, t.count = make([]uint64, size), make([]int32, size), make([]int32, size)
	for i, h := range old.head {
		if h == 0 {
			continue
		}
		j := t.slot(old.keys[i])
		t.keys[j], t.head[j], t.count[j] = old.keys[i], h, old.count[i]
	}
}
