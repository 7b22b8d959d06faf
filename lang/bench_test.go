package lang

import (
	"strings"
	"testing"
)

func BenchmarkDetect(b *testing.B) {
	text := strings.Repeat("The European Union is ready to sign a defence and security pact, the bloc's top diplomat said on Wednesday. ", 40)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Detect(text)
	}
}
