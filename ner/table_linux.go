package ner

import (
	"syscall"
	"unsafe"
)

// processWeights allocates the weights of a layer that lives as long as the
// process (the embedded model's, see Load). A table of at least
// hugeTableBytes is mapped apart from the Go heap, never to be unmapped, and
// asked for transparent huge pages (the kernels' default madvise mode gives
// them only where asked): the embedded model's first table is 32 MB, and
// filling it in 4 KB pages took 8,000 page faults, most of the 0.18 s of
// CPU an ingest of one page spent; its rows are then read at random, a
// feature at a time, where huge pages also spare the TLB. Anything that
// fails falls back to the heap.
func processWeights(n int) []int16 {
	size := n * int(unsafe.Sizeof(int16(0)))
	if size < hugeTableBytes {
		return make([]int16, n)
	}
	mem, err := syscall.Mmap(-1, 0, size, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_PRIVATE|syscall.MAP_ANON)
	if err != nil {
		return make([]int16, n)
	}
	_ = syscall.Madvise(mem, madvHugepage) // a hint: 4 KB pages serve as well
	return unsafe.Slice((*int16)(unsafe.Pointer(&mem[0])), n)
}

// madvHugepage is MADV_HUGEPAGE, which package syscall does not name.
const madvHugepage = 14

// hugeTableBytes is the least table mapped apart: a few huge pages' worth.
const hugeTableBytes = 8 << 20
