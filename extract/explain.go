package extract

import (
	"fmt"
	"io"
	"unicode/utf8"
)

// Explain writes, for a text dump, every line with the model's probability
// that it is article body, marking the lines the cleaner keeps as the
// article region with "R". It is how a wrong body is diagnosed.
func (e *Extractor) Explain(w io.Writer, text string) error {
	m := e.model
	lines := splitLines(text)
	s := m.score(lines, lineCounts(lines))
	lo, hi, _ := s.region(m.Threshold, m.Gap)
	for i, l := range s.lines {
		mark := " "
		if i >= lo && i < hi {
			mark = "R"
		}
		if _, err := fmt.Fprintf(w, "%s %.2f %s\n", mark, s.p[i], head(l.text, 90)); err != nil {
			return err
		}
	}
	return nil
}

// head cuts s to at most n bytes, backing off to a rune boundary.
func head(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}
