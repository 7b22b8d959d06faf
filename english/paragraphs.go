package english

import (
	"strings"
	"unicode"
)

// A paragraph is a line of text without its surrounding white space; blank
// lines are none. Bodies with single and double line breaks read the same.

// Paragraphs splits text into its paragraphs.
func Paragraphs(text string) []string {
	var out []string
	for l := range strings.SplitSeq(text, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// ParagraphBounds returns the [start, end) code-point offsets of the
// paragraphs of body, in order.
func ParagraphBounds(body []rune) [][2]int {
	var out [][2]int
	start := 0
	for i := 0; i <= len(body); i++ {
		if i == len(body) || body[i] == '\n' {
			s, e := start, i
			for s < e && unicode.IsSpace(body[s]) {
				s++
			}
			for e > s && unicode.IsSpace(body[e-1]) {
				e--
			}
			if e > s {
				out = append(out, [2]int{s, e})
			}
			start = i + 1
		}
	}
	return out
}
