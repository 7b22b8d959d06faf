package main

import (
	"fmt"
	"os"
	"strings"
	"unicode"

	"golang.org/x/term"
)

func isTerminal(f *os.File) bool { return term.IsTerminal(int(f.Fd())) }

// terminalText makes page text (titles, ids, sources, error messages that
// quote them) safe to print on a terminal, on one line: escape sequences
// (ESC [ … final, ESC ] … BEL or ESC \, and the two-byte ones) are dropped
// whole, so a title cannot clear the screen, retitle the window or hide
// text; other control characters (C0, DEL, C1) and the bidirectional
// overrides that reorder what is shown become a space or vanish; runs of
// white space become one space.
func terminalText(s string) string {
	if isPlain(s) {
		return s
	}
	var b strings.Builder
	rs := []rune(s)
	space := false
	put := func(r rune) {
		if r == ' ' {
			if !space && b.Len() > 0 {
				b.WriteRune(' ')
			}
			space = true
			return
		}
		b.WriteRune(r)
		space = false
	}
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		switch {
		case r == 0x1b || r == 0x9b || r == 0x9d: // ESC, 8-bit CSI, 8-bit OSC
			i = skipEscape(rs, i)
		case r == '\t' || r == '\n' || r == '\r' || r == '\v' || r == '\f' || unicode.IsSpace(r):
			put(' ')
		case r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0):
		case isBidiControl(r):
		default:
			put(r)
		}
	}
	return strings.TrimRight(b.String(), " ")
}

// isPlain reports text with nothing terminalText would change.
func isPlain(s string) bool {
	for _, r := range s {
		if r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) || isBidiControl(r) || (r != ' ' && unicode.IsSpace(r)) {
			return false
		}
	}
	return !strings.Contains(s, "  ")
}

func isBidiControl(r rune) bool {
	return (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069) || r == 0x200e || r == 0x200f || r == 0x061c
}

// skipEscape returns the index of the last rune of the escape sequence that
// starts at rs[i].
func skipEscape(rs []rune, i int) int {
	kind := rs[i]
	if kind == 0x1b {
		if i+1 >= len(rs) {
			return i
		}
		i++
		switch rs[i] {
		case '[':
			kind = 0x9b
		case ']', 'P', '_', '^', 'X': // OSC, DCS, APC, PM, SOS: up to a terminator
			kind = 0x9d
		default:
			return i // a two-byte sequence (ESC c resets the terminal)
		}
	}
	for j := i + 1; j < len(rs); j++ {
		r := rs[j]
		if kind == 0x9b && r >= 0x40 && r <= 0x7e {
			return j // CSI final byte
		}
		if kind == 0x9d && (r == 0x07 || r == 0x9c) {
			return j
		}
		if kind == 0x9d && r == 0x1b && j+1 < len(rs) && rs[j+1] == '\\' {
			return j + 1
		}
		if kind == 0x9b && (r < 0x20 || r > 0x7e) {
			return j - 1 // a broken CSI: drop what was read so far
		}
	}
	return len(rs) - 1
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
