package ingest

import (
	"bytes"
	"io"
	"strings"
	"testing"
)

// TestReadAllIsIOReadAll holds readAll to io.ReadAll whatever the size it
// is told: right, too small, too large, unknown.
func TestReadAllIsIOReadAll(t *testing.T) {
	for _, n := range []int{0, 1, 511, 512, 513, 4096, 70000} {
		text := strings.Repeat("a line of text\n", n/15+1)[:n]
		for _, size := range []int64{0, int64(n), int64(n) / 2, int64(n) + 1, int64(n) * 2, maxReadHint + 1} {
			got, err := readAll(strings.NewReader(text), size)
			want, _ := io.ReadAll(strings.NewReader(text))
			if err != nil || !bytes.Equal(got, want) {
				t.Errorf("n=%d size=%d: readAll = %d bytes, %v; want %d bytes", n, size, len(got), err, len(want))
			}
		}
	}
}

func TestBufferSize(t *testing.T) {
	tests := []struct {
		size int64
		want int
	}{
		{-1, maxBuffer},
		{0, sniffLen},
		{100, sniffLen},
		{sniffLen - 1, sniffLen},
		{sniffLen, sniffLen + 1},
		{20000, 20001},
		{maxBuffer - 1, maxBuffer},
		{maxBuffer, maxBuffer},
		{1 << 30, maxBuffer},
	}
	for _, tt := range tests {
		if got := bufferSize(tt.size); got != tt.want {
			t.Errorf("bufferSize(%d) = %d, want %d", tt.size, got, tt.want)
		}
	}
}

func BenchmarkReadAll(b *testing.B) {
	text := strings.Repeat("a line of a text dump\n", 700)
	for _, tt := range []struct {
		name string
		size int64
	}{{"unknown", 0}, {"known", int64(len(text))}} {
		b.Run(tt.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				readAll(strings.NewReader(text), tt.size)
			}
		})
	}
}
