package quote

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkStage times the finder on the summit text repeated to several
// sizes (the text stage's tokens are made once, outside the timing).
func BenchmarkStage(b *testing.B) {
	body, err := os.ReadFile(filepath.Join("testdata", "summit.txt"))
	if err != nil {
		b.Fatal(err)
	}
	s := newStage(b)
	for _, n := range []int{1, 10, 50} {
		text := strings.Repeat(string(body)+"\n\n", n)
		d := docWith(text, goldenNames["summit.txt"]...)
		b.Run(fmt.Sprintf("size=%dKB", len(text)/1024), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				s.find(d)
			}
		})
	}
}
