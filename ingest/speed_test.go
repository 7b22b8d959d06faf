package ingest

import (
	"math/rand/v2"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storyline-news/storyline/sharedtest"
)

// controlHeavyByteByByte is controlHeavy as it was: every byte tested.
func controlHeavyByteByByte(b []byte) (int, bool) {
	first, count := -1, 0
	for i, c := range b {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1b {
			if first < 0 {
				first = i
			}
			count++
		}
	}
	return first, count >= 4 && count*50 > len(b)
}

// TestControlHeavyIsByteByByte holds controlHeavy (eight bytes at a time)
// to the byte-by-byte test: every byte value at every place of a word
// between text, random bytes, and the text dev dumps.
func TestControlHeavyIsByteByByte(t *testing.T) {
	var inputs [][]byte
	for v := range 256 {
		for at := range 19 {
			b := []byte(strings.Repeat("plain text é ", 2)[:19])
			b[at] = byte(v)
			inputs = append(inputs, b)
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for n := range 300 {
		b := make([]byte, n)
		for i := range b {
			b[i] = byte(rng.IntN(256))
			if rng.IntN(2) == 0 {
				b[i] = byte(0x20 + rng.IntN(0x60))
			}
		}
		inputs = append(inputs, b)
	}
	for _, text := range sharedtest.Texts(t, filepath.Join("data", "extraction", "text"), "*.txt", 0) {
		inputs = append(inputs, []byte(text))
	}
	for _, b := range inputs {
		gotFirst, gotHeavy := controlHeavy(b)
		wantFirst, wantHeavy := controlHeavyByteByByte(b)
		if gotFirst != wantFirst || gotHeavy != wantHeavy {
			t.Fatalf("%.40q: controlHeavy = %d, %v; byte by byte %d, %v", b, gotFirst, gotHeavy, wantFirst, wantHeavy)
		}
	}
}

func BenchmarkControlHeavy(b *testing.B) {
	text := []byte(strings.Repeat("A line of a text dump, with its words.\n", 400))
	b.SetBytes(int64(len(text)))
	b.Run("words", func(b *testing.B) {
		for b.Loop() {
			controlHeavy(text)
		}
	})
	b.Run("byte-by-byte", func(b *testing.B) {
		for b.Loop() {
			controlHeavyByteByByte(text)
		}
	})
}
