package main

import (
	"fmt"
	"os"
	"strings"
	"unicode"

	"golang.org/x/term"

	"github.com/storyline-news/storyline"
)

func isTerminal(f *os.File) bool { return term.IsTerminal(int(f.Fd())) }

// terminalText makes page text (titles, ids, sources, error messages that
// quote them) safe to print on a terminal, on one line: escape sequences
// and other control characters go (storyline.DropControls), the
// bidirectional overrides that reorder what is shown vanish, and white
// space (line breaks included) becomes one space.
func terminalText(s string) string {
	if isPlain(s) {
		return s
	}
	var b strings.Builder
	space := false
	for _, r := range storyline.DropControls(s, true) {
		switch {
		case unicode.IsSpace(r):
			if !space && b.Len() > 0 {
				b.WriteRune(' ')
			}
			space = true
		case isBidiControl(r):
		default:
			b.WriteRune(r)
			space = false
		}
	}
	return strings.TrimRight(b.String(), " ")
}

// isPlain reports text with nothing terminalText would change.
func isPlain(s string) bool {
	for _, r := range s {
		if unicode.IsControl(r) || isBidiControl(r) || (r != ' ' && unicode.IsSpace(r)) {
			return false
		}
	}
	return !strings.Contains(s, "  ")
}

func isBidiControl(r rune) bool {
	return (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069) || r == 0x200e || r == 0x200f || r == 0x061c
}

// terminalLines is terminalText for text of several lines (an error that
// lists problems one per line): each line is cleaned, the line ends kept.
func terminalLines(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = terminalText(l)
	}
	return strings.Join(lines, "\n")
}

// tellInput prints one line about an input that was skipped or ignored,
// made safe for a terminal: the paths and ids in it come from the input.
func (m *Main) tellInput(what string, err error) {
	fmt.Fprintf(m.Stderr, "storyline: %s: %s\n", what, terminalText(err.Error()))
}
