//go:build !linux

package ner

// processWeights allocates the weights of a layer that lives as long as the
// process (the embedded model's, see Load).
func processWeights(n int) []int16 { return make([]int16, n) }
