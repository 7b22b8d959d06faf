package eval

import (
	"hash/fnv"
	"sort"
)

// DealFolds deals names (events, topics) to k cross-validation folds in the
// order of a hash of each name: deterministic, balanced, and unrelated to
// the order the names come in or to their dates.
func DealFolds(names []string, k int) map[string]int {
	hash := func(s string) uint32 {
		h := fnv.New32a()
		h.Write([]byte(s))
		return h.Sum32()
	}
	sorted := append([]string(nil), names...)
	sort.Slice(sorted, func(i, j int) bool {
		hi, hj := hash(sorted[i]), hash(sorted[j])
		if hi != hj {
			return hi < hj
		}
		return sorted[i] < sorted[j]
	})
	out := make(map[string]int, len(sorted))
	for i, name := range sorted {
		out[name] = i % k
	}
	return out
}
