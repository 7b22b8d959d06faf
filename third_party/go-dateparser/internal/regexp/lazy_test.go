//go:build !(re2_wasm || re2_cgo) || !cgo

package regexp

import (
	"sync"
	"testing"
)

// Storyline's fork compiles a pattern on first use. These tests check that
// the first use from many goroutines at once (run with -race) compiles it
// once and answers like an expression compiled at once.

func TestFirstUseFromManyGoroutines(t *testing.T) {
	re := MustCompile(`(?i)(\d+)\s+(jan|feb)`)
	if re.String() != `(?i)(\d+)\s+(jan|feb)` {
		t.Fatalf("String() = %q before first use", re.String())
	}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if got := re.FindStringSubmatch("on 12 Feb"); len(got) != 3 || got[1] != "12" || got[2] != "Feb" {
				t.Errorf("FindStringSubmatch = %q", got)
			}
		}()
	}
	wg.Wait()
}

func TestCompileAnswersAtOnce(t *testing.T) {
	if _, err := Compile(`(`); err == nil {
		t.Error("Compile(`(`) gave no error")
	}
	re, err := Compile(`a+`)
	if err != nil || re.ReplaceAllString("baaad", "x") != "bxd" {
		t.Errorf("Compile(`a+`) = %v, %v", re, err)
	}
}
