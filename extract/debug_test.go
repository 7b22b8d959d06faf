package extract

import (
	"flag"
	"fmt"
	"os"
	"testing"
)

var debugFile = flag.String("debugfile", "", "print line scores of this dump")

func TestDebugLines(t *testing.T) {
	if *debugFile == "" {
		t.Skip("no -debugfile")
	}
	b, err := os.ReadFile(*debugFile)
	if err != nil {
		t.Fatal(err)
	}
	m := defaultModel()
	s := m.score(splitLines(string(b)))
	lo, hi, _ := s.region(m.Threshold, m.Gap)
	for i, l := range s.lines {
		mark := " "
		if i >= lo && i < hi {
			mark = "R"
		}
		fmt.Printf("%s %.2f %s\n", mark, s.p[i], head(l.text, 90))
	}
}
