package ingest

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"unicode/utf8"

	"github.com/storyline-news/storyline"
)

// sniffLen is how much of the (decompressed) content format detection sees.
const sniffLen = 8 << 10

// byExtension picks the reader a lower-case extension names; the extension
// wins over the content so that a user can force a format by naming the file.
func byExtension(ext string) readFunc {
	switch ext {
	case ".txt", ".text":
		return readText
	case ".html", ".htm", ".xhtml":
		return readHTML
	case ".jsonl", ".ndjson":
		return readJSONL
	case ".xml", ".rss", ".atom":
		return readFeed
	case ".warc":
		return readWARC
	}
	return nil
}

// detect picks the reader by extension, else by sniffing the first bytes.
func detect(src *source) (readFunc, error) {
	if read := byExtension(src.ext); read != nil {
		return read, nil
	}
	head, err := src.br.Peek(sniffLen)
	if err != nil && !errors.Is(err, io.EOF) {
		return nil, storyline.InputError("ingest.sniff", src.name, err)
	}
	return sniff(head, src.name)
}

func sniff(head []byte, name string) (readFunc, error) {
	s := trimLeading(head)
	cut := len(head) >= sniffLen // the content goes on past the head
	switch {
	case bytes.HasPrefix(s, []byte("WARC/")):
		return readWARC, nil
	case len(s) > 0 && s[0] == '<':
		return sniffMarkup(s), nil
	case bytes.Contains(s, []byte("jsonfeed.org/version")) && looksJSON(s, cut):
		return readFeed, nil
	case len(s) > 0 && s[0] == '{' && allLinesObjects(s, cut):
		return readJSONL, nil
	case looksJSON(s, cut):
		return nil, unsupported(name, "a JSON document, neither JSON Lines nor a JSON Feed")
	}
	if off, ok := binaryOffset(head); ok {
		return nil, unsupported(name, fmt.Sprintf("binary file (byte offset %d)", off))
	}
	return readText, nil
}

// ErrUnsupported is wrapped by the EINPUT error for content that is no input
// format at all (binary files, JSON documents), so that a caller walking a
// folder can tell stray files from broken inputs.
var ErrUnsupported = errors.New("not a supported input format")

func unsupported(name, what string) error {
	return &storyline.Error{Code: storyline.EINPUT, Op: "ingest.sniff", Path: name, Message: what, Err: ErrUnsupported}
}

// looksJSON reports whether the head is the start of a JSON object or array:
// its tokens parse up to the end of the sniff window. Text that merely opens
// with a bracket ("[Reuters] ...") fails at its first word.
func looksJSON(s []byte, cut bool) bool {
	if len(s) == 0 || (s[0] != '{' && s[0] != '[') {
		return false
	}
	dec := json.NewDecoder(bytes.NewReader(s))
	for {
		_, err := dec.Token()
		if err == io.EOF {
			return true
		}
		if err != nil {
			// A token cut by the end of the window (a long string value
			// runs on past it) is not a syntax error.
			return cut && (errors.Is(err, io.ErrUnexpectedEOF) || dec.InputOffset() >= int64(len(s))-64)
		}
	}
}

// sniffMarkup tells feeds from web pages: a feed root element anywhere in the
// head wins over an XML declaration, which XHTML pages carry too.
func sniffMarkup(s []byte) readFunc {
	lower := bytes.ToLower(s)
	feedAt := firstIndex(lower, "<rss", "<feed", "<rdf:rdf")
	htmlAt := firstIndex(lower, "<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<div", "<p>")
	switch {
	case feedAt >= 0 && (htmlAt < 0 || feedAt < htmlAt):
		return readFeed
	case htmlAt >= 0:
		return readHTML
	case bytes.HasPrefix(lower, []byte("<?xml")):
		return readFeed
	}
	return readHTML
}

func firstIndex(s []byte, subs ...string) int {
	best := -1
	for _, sub := range subs {
		if i := bytes.Index(s, []byte(sub)); i >= 0 && (best < 0 || i < best) {
			best = i
		}
	}
	return best
}

// trimLeading drops byte order marks and white space before the first token.
func trimLeading(b []byte) []byte {
	b = bytes.TrimPrefix(b, utf8BOM)
	return bytes.TrimLeft(b, " \t\r\n\f")
}

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// allLinesObjects reports whether every complete non-blank line of the head
// starts with '{'; when cut, the last line is incomplete and not judged.
func allLinesObjects(s []byte, cut bool) bool {
	lines := bytes.Split(s, []byte("\n"))
	if cut && len(lines) > 1 {
		lines = lines[:len(lines)-1]
	}
	for _, line := range lines {
		line = bytes.TrimSpace(line)
		if len(line) > 0 && line[0] != '{' {
			return false
		}
	}
	return true
}

// binaryOffset finds the first sign that b is not text: a NUL byte, an
// invalid UTF-8 sequence (a rune cut by the end of b is fine), or too many
// control characters. It returns the byte offset of the evidence.
func binaryOffset(b []byte) (int, bool) {
	if i := bytes.IndexByte(b, 0); i >= 0 {
		return i, true
	}
	if off, ok := invalidUTF8(b, true); ok {
		return off, true
	}
	return controlHeavy(b)
}

// invalidUTF8 returns the offset of the first invalid sequence; with cut set,
// an incomplete rune at the very end is accepted (b is a prefix of more).
// utf8.Valid, which reads ASCII eight bytes a step, answers for the valid
// text that nearly every input is.
func invalidUTF8(b []byte, cut bool) (int, bool) {
	if utf8.Valid(b) {
		return 0, false
	}
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size <= 1 {
			if cut && !utf8.FullRune(b[i:]) {
				return 0, false
			}
			return i, true
		}
		i += size
	}
	return 0, false
}

// controlHeavy flags content where more than 2% of the bytes (and at least
// four) are C0 control characters other than white space: text never looks
// like that, compressed or executable data always does.
func controlHeavy(b []byte) (int, bool) {
	first, count := -1, 0
	i := 0
	// Eight bytes at a time, a word without a byte under 0x20 is passed
	// over at once: text is mostly such words (a line end every few).
	for ; i+8 <= len(b); i += 8 {
		if !hasControlByte(binary.LittleEndian.Uint64(b[i:])) {
			continue
		}
		for j, c := range b[i : i+8] {
			if isBinaryControl(c) {
				if first < 0 {
					first = i + j
				}
				count++
			}
		}
	}
	for j, c := range b[i:] {
		if isBinaryControl(c) {
			if first < 0 {
				first = i + j
			}
			count++
		}
	}
	return first, count >= 4 && count*50 > len(b)
}

// isBinaryControl is a control byte that text does not hold: one under
// 0x20 other than tab, line and page ends and escape.
func isBinaryControl(c byte) bool {
	return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1b
}

// hasControlByte reports whether one of the eight bytes of w is under
// 0x20: (w - 0x20 in each byte) borrows into a byte's top bit only from a
// byte under 0x20 or from a lower byte that did, and ^w drops the bytes of
// 0x80 and over, which have the top bit anyway.
func hasControlByte(w uint64) bool {
	const ones, tops = 0x0101010101010101, 0x8080808080808080
	return (w-0x20*ones)&^w&tops != 0
}
