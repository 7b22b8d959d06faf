package quote

import (
	"strings"
	"unicode"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/english"
)

// segment is one stretch of text between an opening and a closing quotation
// mark inside one paragraph. Outer covers the marks, Inner the words inside.
type segment struct {
	Outer, Inner storyline.Span
	// Open is true when the paragraph ended before a closing mark: a quote
	// that runs on into the next paragraph.
	Open bool
	Para int
	// Turn is the speaker label of a transcript line ("PENCE" in “PENCE:
	// Well, look, …”); Inner starts after it.
	Turn string
}

// paragraphs splits the body into its paragraphs (english.ParagraphBounds).
func paragraphs(body []rune) []storyline.Span {
	var out []storyline.Span
	for _, p := range english.ParagraphBounds(body) {
		out = append(out, storyline.Span{Start: p[0], End: p[1]})
	}
	return out
}

func trimSpace(body []rune, s, e int) (int, int) {
	for s < e && unicode.IsSpace(body[s]) {
		s++
	}
	for e > s && unicode.IsSpace(body[e-1]) {
		e--
	}
	return s, e
}

// findSegments returns the quoted stretches of every paragraph in order.
func findSegments(body []rune, paras []storyline.Span) []segment {
	var out []segment
	for pi, p := range paras {
		out = append(out, paragraphSegments(body, p, pi)...)
	}
	return out
}

// paragraphSegments pairs the quotation marks of one paragraph: curly or
// straight double marks, two apostrophes (”…”) as some papers print them,
// and single curly marks (‘…’, as in headlines) when no double mark is open.
// A straight mark opens when it follows a space or the paragraph start; only
// the closer of the same style closes, so a quote inside a quote stays part
// of the outer one. A curly opening mark inside a curly quote nests when two
// closing marks follow it, as when a writer quotes inside a quote with the
// same marks, and closes the quote when it is typed the wrong way round
// after the quote's last punctuation (wrongWayCloser).
func paragraphSegments(body []rune, p storyline.Span, pi int) []segment {
	var out []segment
	open, closer, nested := -1, "", 0
	closers := closersFrom(body, p.Start, p.End) // curly closing marks at or after i
	for i := p.Start; i < p.End; i++ {
		if body[i] == '”' {
			closers--
		}
		if open >= 0 {
			if n := closesAt(body, p, i, closer); n > 0 {
				if nested > 0 {
					nested--
					continue
				}
				out = appendSegment(out, body, open, i+n, false, pi)
				open = -1
				i += n - 1
			} else if body[i] == '“' && closer == "”" && opensHere(body, p, i) && closers >= nested+2 {
				nested++ // “… what he calls “hell” than …”
			}
			continue
		}
		if m := opensAt(body, p, i); m != "" {
			open, closer = i, m
			if m == "''" {
				i++
			}
		}
	}
	if open >= 0 && closer != "’" {
		out = appendSegment(out, body, open, p.End, true, pi)
	}
	return out
}

// closersFrom counts the curly closing double marks in body[from:to].
func closersFrom(body []rune, from, to int) int {
	n := 0
	for j := from; j < to; j++ {
		if body[j] == '”' {
			n++
		}
	}
	return n
}

// opensAt returns the closing mark expected when a quotation opens at i.
func opensAt(body []rune, p storyline.Span, i int) string {
	c := body[i]
	next := rune(0)
	if i+1 < p.End {
		next = body[i+1]
	}
	switch {
	case c == '„': // German and Polish open low: „…“ or „…”
		return "„"
	case c == '«':
		return "»"
	case c == '‹':
		return "›"
	case c == '“':
		return "”"
	case c == '”' && i == p.Start:
		return "”" // a paragraph opened with the wrong-way mark
	case c == '\'' && next == '\'' && opensHere(body, p, i):
		return "''"
	case c == '"' && opensHere(body, p, i):
		return "\""
	case c == '‘' && opensHere(body, p, i) && next != ' ':
		return "’"
	}
	return ""
}

// closesAt returns the length of the closing mark at i, or 0.
func closesAt(body []rune, p storyline.Span, i int, closer string) int {
	switch closer {
	case "„":
		if body[i] == '“' || body[i] == '”' {
			return 1
		}
	case "»", "›":
		if string(body[i]) == closer {
			return 1
		}
	case "''":
		if body[i] == '\'' && i+1 < p.End && body[i+1] == '\'' {
			return 2
		}
	case "’":
		// an apostrophe inside a word ("Clinton’s") does not close
		if body[i] == '’' && (i+1 == p.End || !unicode.IsLetter(body[i+1])) {
			return 1
		}
	default:
		// curly and straight double marks get mixed up in copy: either
		// closes either, unless a straight one looks like it opens a
		// quote inside the quote
		switch body[i] {
		case '”':
			return 1
		case '"':
			if closer == "\"" || !opensHere(body, p, i) {
				return 1
			}
		case '“':
			if wrongWayCloser(body, p, i) {
				return 1
			}
		}
	}
	return 0
}

// wrongWayCloser reports whether the opening mark at i closes a
// quotation typed with the wrong mark: it follows the quotation's last
// punctuation and a space or the paragraph's end follows it (“It's
// unusual,“ said Larry Noble), where no quotation can open.
func wrongWayCloser(body []rune, p storyline.Span, i int) bool {
	if i == p.Start || !strings.ContainsRune(",.!?", body[i-1]) {
		return false
	}
	return i+1 == p.End || unicode.IsSpace(body[i+1])
}

func opensHere(body []rune, p storyline.Span, i int) bool {
	if i == p.Start {
		return true
	}
	prev := body[i-1]
	return unicode.IsSpace(prev) || prev == '(' || prev == '[' || prev == '—' || prev == '–' || prev == '-' || prev == '/'
}

func appendSegment(out []segment, body []rune, open, end int, runOn bool, pi int) []segment {
	s, e := open+1, end
	if body[open] == '\'' {
		s++
	}
	if !runOn {
		e = closingStart(body, end)
	}
	s, e = trimSpace(body, s, e)
	if e > s && body[e-1] == ',' {
		e--
	}
	if e <= s {
		return out
	}
	turn, s := turnLabel(body, s, e)
	return append(out, segment{
		Outer: storyline.Span{Start: open, End: end},
		Inner: storyline.Span{Start: s, End: e},
		Open:  runOn, Para: pi, Turn: turn,
	})
}

// turnLabel reads the label of a transcript line at s: one to three words
// in capitals followed by a colon ("PENCE:", "MIKE PENCE:"). It returns the
// label and where the words spoken start, or "" and s.
func turnLabel(body []rune, s, e int) (string, int) {
	letters, i := 0, s
	for ; i < e && i-s < 40; i++ {
		r := body[i]
		switch {
		case unicode.IsUpper(r):
			letters++
		case r == ' ' || r == '.' || r == '\'' || r == '’' || r == '-':
		case r == ':' && letters >= 2 && i+1 < e && body[i+1] == ' ':
			label := strings.TrimSpace(string(body[s:i]))
			if len(strings.Fields(label)) > 3 {
				return "", s
			}
			start, _ := trimSpace(body, i+1, e)
			return label, start
		default:
			return "", s
		}
	}
	return "", s
}

// closingStart is where the closing mark that ends at end begins.
func closingStart(body []rune, end int) int {
	if end >= 2 && body[end-1] == '\'' && body[end-2] == '\'' {
		return end - 2
	}
	return end - 1
}
