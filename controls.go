package storyline

import (
	"strings"
	"unicode"
)

// DropControls returns s without what a terminal would obey in it: escape
// sequences (ESC [ … final byte, ESC ] … BEL or ESC \, the two-byte ones,
// and their 8-bit forms), dropped whole so that no "[2J" is left behind,
// and the other control characters (C0, DEL, C1). With keepSpace the white
// space among them (tab, line feed, carriage return, vertical tab, form
// feed) stays. Page text is the input: an article's title, byline and body
// (extract), and anything the CLI prints from a page (its terminal text).
func DropControls(s string, keepSpace bool) string {
	drop := func(r rune) bool { return unicode.IsControl(r) && !(keepSpace && isSpaceControl(r)) }
	if strings.IndexFunc(s, drop) < 0 {
		return s
	}
	var b strings.Builder
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		switch {
		case r == 0x1b || r == 0x9b || r == 0x9d: // ESC, 8-bit CSI, 8-bit OSC
			i = skipEscape(rs, i)
		case drop(r):
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func isSpaceControl(r rune) bool {
	return r == '\t' || r == '\n' || r == '\r' || r == '\v' || r == '\f'
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
