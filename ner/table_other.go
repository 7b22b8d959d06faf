//go:build !linux

package ner

// hugeWeights asks for huge pages under a layer's weights where the system
// has them on request (Linux: table_linux.go).
func hugeWeights(w []int16) {}
