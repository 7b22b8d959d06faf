package compare

import (
	"math"
	"slices"
	"strings"
)

// The learned grouping scores every pair of a story's reports from
// different articles: some forty thousand pairs for thirty articles of ten
// quotations each. So that this costs milliseconds, not seconds, a
// QuoteSet numbers the words of its reports once (keyReports) and compares
// pairs over those numbers: sorted sets intersect by one merge, runs of
// words compare integers, and no pair hashes a string.

// repKeys are a report's words as numbers of its QuoteSet's vocabulary:
// in order (ids), and as sorted sets of its word pairs (a report of one
// word: the word itself, as wordPairs has it), words and content words.
type repKeys struct {
	ids            []int32
	pairs          []uint64
	words, content []int32
}

// lonePair is the low half of the pair key of a report of one word: no
// word's number reaches it, so it never equals a pair of two words.
const lonePair = math.MaxUint32

// keyReports numbers the words of reps and sets each report's keys; it
// returns how many distinct words there are. A masked word ("f*ing",
// writtenWords) takes the number of the one word of the story's reports it
// can hide, when there is one: "f*ing" and "fucking" are one word, as are
// "f*g" and "fucking"; "s*" among "said", "shit" and "stop" stays itself.
func keyReports(reps []*qrep) int {
	vocab := map[string]int32{}
	for _, r := range reps {
		for _, w := range r.words {
			if _, ok := vocab[w]; !ok {
				vocab[w] = int32(len(vocab))
			}
		}
	}
	unmask := map[string]int32{}
	for w := range vocab {
		if strings.Contains(w, "*") {
			if id, ok := hiddenWord(w, vocab); ok {
				unmask[w] = id
			}
		}
	}
	for _, r := range reps {
		k := &r.keys
		k.ids = make([]int32, len(r.words))
		for i, w := range r.words {
			id, ok := unmask[w]
			if !ok {
				id = vocab[w]
			}
			k.ids[i] = id
		}
		k.pairs = k.pairs[:0]
		if len(k.ids) == 1 {
			k.pairs = append(k.pairs, uint64(k.ids[0])<<32|lonePair)
		}
		for i := 0; i+1 < len(k.ids); i++ {
			k.pairs = append(k.pairs, uint64(k.ids[i])<<32|uint64(k.ids[i+1]))
		}
		k.pairs = sortedSet(k.pairs)
		k.content = nil
		for i, id := range k.ids {
			if !functionWords[r.words[i]] {
				k.content = append(k.content, id)
			}
		}
		k.words, k.content = sortedSet(slices.Clone(k.ids)), sortedSet(k.content)
	}
	return len(vocab)
}

// sortedSet sorts s and drops repeats, in place.
func sortedSet[T int32 | uint64](s []T) []T {
	slices.Sort(s)
	return slices.Compact(s)
}

// common counts the members two sorted sets share.
func common[T int32 | uint64](a, b []T) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return n
}

// shareOfSet is the share of a's members that b holds (0 for an empty a).
func shareOfSet[T int32 | uint64](a, b []T) float64 {
	if len(a) == 0 {
		return 0
	}
	return float64(common(a, b)) / float64(len(a))
}

// jaccardSet is the members both hold over the members either holds.
func jaccardSet(a, b []int32) float64 {
	inter := common(a, b)
	union := len(a) + len(b) - inter
	if union == 0 {
		return 0
	}
	return float64(inter) / float64(union)
}

// runBuffer holds the two rows longestRunIn reuses from pair to pair.
type runBuffer struct{ prev, cur []int }

// longestRunIn is the length of the longest run of items a and b share in
// the same order and where the (first) longest run ends in a, with buf's
// rows.
func longestRunIn[T comparable](buf *runBuffer, a, b []T) (n, end int) {
	if cap(buf.prev) < len(b)+1 {
		buf.prev, buf.cur = make([]int, len(b)+1), make([]int, len(b)+1)
	}
	prev, cur := buf.prev[:len(b)+1], buf.cur[:len(b)+1]
	clear(prev)
	for i := range a {
		cur[0] = 0
		for j := range b {
			cur[j+1] = 0
			if a[i] == b[j] {
				cur[j+1] = prev[j] + 1
				if cur[j+1] > n {
					n, end = cur[j+1], i+1
				}
			}
		}
		prev, cur = cur, prev
	}
	return n, end
}

// joinedAfter reports whether a's words joined by spaces sort after b's
// joined alike, without joining them. Words are not empty (writtenWords
// gives none).
func joinedAfter(a, b []string) bool {
	for i := 0; i < len(a) && i < len(b); i++ {
		x, y := a[i], b[i]
		if x == y {
			continue
		}
		n := min(len(x), len(y))
		for k := range n {
			if x[k] != y[k] {
				return x[k] > y[k]
			}
		}
		// one word begins the other: the longer's next byte meets the space
		// after the shorter, or the end of its string
		if len(x) > len(y) {
			return i+1 == len(b) || x[n] > ' '
		}
		return i+1 < len(a) && ' ' > y[n]
	}
	return len(a) > len(b)
}

// hiddenWord is the number of the one unmasked word of vocab that the
// masked word w can hide: it begins with what w shows before its mask,
// ends with what w shows after it, and has at least one letter more.
func hiddenWord(w string, vocab map[string]int32) (int32, bool) {
	before, after, _ := strings.Cut(w, "*")
	if strings.Contains(after, "*") || before == "" {
		return 0, false
	}
	found, n := int32(0), 0
	for v, id := range vocab {
		if len(v) > len(before)+len(after) && strings.HasPrefix(v, before) && strings.HasSuffix(v, after) && !strings.Contains(v, "*") {
			found, n = id, n+1
		}
	}
	return found, n == 1
}
