package ner

import (
	"syscall"
	"unsafe"
)

// hugeWeights asks the kernel for transparent huge pages under a layer's
// weights before they are first written (the kernels' default madvise mode
// gives them only where asked). The embedded model's first table is 32 MB
// read at random, a feature at a time; in 4 KB pages, filling it took 8,000
// page faults. The table stays on the Go heap, where its size paces the
// collector as before; the advice is a hint, and a table too small for a
// huge page, or one the kernel will not back with them, is left as it is.
func hugeWeights(w []int16) {
	size := uintptr(len(w)) * unsafe.Sizeof(int16(0))
	if size < hugePage {
		return
	}
	base := unsafe.Pointer(unsafe.SliceData(w))
	start := uintptr(base)
	lo := (start + hugePage - 1) &^ (hugePage - 1) // the huge pages wholly inside
	hi := (start + size) &^ (hugePage - 1)
	if hi <= lo {
		return
	}
	_ = syscall.Madvise(unsafe.Slice((*byte)(unsafe.Add(base, lo-start)), hi-lo), madvHugepage)
}

// madvHugepage is MADV_HUGEPAGE, which package syscall does not name.
const madvHugepage = 14

// hugePage is the size of an x86-64 and arm64 transparent huge page.
const hugePage = 2 << 20
