package ingest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"unsafe"

	"github.com/storyline-news/storyline"
)

// readText reads a text dump: one page whose ID is the input's name. The
// content must be UTF-8 text; anything else is refused with the byte offset
// of the first offending byte, so the user can look at it.
func readText(ctx context.Context, src *source, emit func(*storyline.Page) error) error {
	data, err := readWhole(src, "ingest.text")
	if err != nil {
		return err
	}
	if off := bytes.IndexByte(data, 0); off >= 0 {
		return inputErrorf("ingest.text", src.name, "binary content: NUL byte at byte offset %d", off)
	}
	if off, ok := invalidUTF8(data, false); ok {
		return inputErrorf("ingest.text", src.name, "invalid UTF-8 at byte offset %d", off)
	}
	if off, ok := controlHeavy(data); ok {
		return inputErrorf("ingest.text", src.name, "binary content: control characters from byte offset %d", off)
	}
	return emit(&storyline.Page{
		ID:       src.name,
		Origin:   storyline.Origin{Path: src.name},
		Format:   storyline.FormatText,
		Text:     normalizeNewlines(data),
		Captured: src.captured,
	})
}

// normalizeNewlines drops a leading byte order mark and turns CRLF and lone
// CR line ends into LF, so offsets downstream count one byte per line end.
// b is the caller's to give away, written by no one after: a text without
// CR is made of b itself, not copied (a copy of every text dump read, 12 MB
// of the text dev dumps, each a fresh allocation to fault in).
func normalizeNewlines(b []byte) string {
	b = bytes.TrimPrefix(b, utf8BOM)
	if bytes.IndexByte(b, '\r') < 0 {
		return unsafe.String(unsafe.SliceData(b), len(b))
	}
	b = bytes.ReplaceAll(b, []byte("\r\n"), []byte("\n"))
	return string(bytes.ReplaceAll(b, []byte("\r"), []byte("\n")))
}

// readHTML reads a web page as raw bytes: charsets are the extractor's
// business, but obviously binary content is refused here.
func readHTML(ctx context.Context, src *source, emit func(*storyline.Page) error) error {
	data, err := readWhole(src, "ingest.html")
	if err != nil {
		return err
	}
	if !hasUTF16BOM(data) {
		if off, ok := binaryMarkup(data); ok {
			return inputErrorf("ingest.html", src.name, "binary content at byte offset %d", off)
		}
	}
	return emit(&storyline.Page{
		ID:       src.name,
		Origin:   storyline.Origin{Path: src.name},
		Format:   storyline.FormatHTML,
		HTML:     data,
		Captured: src.captured,
	})
}

func hasUTF16BOM(b []byte) bool {
	return bytes.HasPrefix(b, []byte{0xFE, 0xFF}) || bytes.HasPrefix(b, []byte{0xFF, 0xFE})
}

// binaryMarkup looks for binary evidence in the first 8 KiB only (as git
// does): legacy-charset pages are not UTF-8 but never hold NULs or runs of
// control characters.
func binaryMarkup(b []byte) (int, bool) {
	if len(b) > sniffLen {
		b = b[:sniffLen]
	}
	if i := bytes.IndexByte(b, 0); i >= 0 {
		return i, true
	}
	return controlHeavy(b)
}

// readWhole reads a file-level input, refusing one larger than the limit
// and one that holds nothing but white space (as an empty file is).
func readWhole(src *source, op string) ([]byte, error) {
	data, ok := buffered(src)
	if !ok {
		var err error
		data, err = readAll(io.LimitReader(src.br, src.limit+1), src.size)
		if err != nil {
			return nil, storyline.InputError(op, src.name, err)
		}
	}
	if int64(len(data)) > src.limit {
		return nil, inputErrorf(op, src.name, "larger than the page limit of %d bytes", src.limit)
	}
	if len(bytes.TrimSpace(bytes.TrimPrefix(data, utf8BOM))) == 0 {
		return nil, inputErrorf(op, src.name, "empty input: only white space")
	}
	return data, nil
}

// buffered returns the whole of a file that the source's read buffer holds
// already, and true; else false. A file no larger than maxBuffer is read
// into a buffer of its size and one byte more (bufferSize), made for it
// alone: once its end is in the buffer the bytes are taken from there, and
// the source, read whole, is read no more. readAll copied them into a
// buffer of their own (12 MB of the text dev dumps a run, and as much
// allocated in growing it). A file that grew since its size was taken is
// read as before.
func buffered(src *source) ([]byte, bool) {
	if src.gzipped || src.size <= 0 || src.size >= maxBuffer || src.size > src.limit {
		return nil, false
	}
	n := int(src.size) + 1
	if n > src.br.Size() {
		return nil, false
	}
	data, err := src.br.Peek(n)
	if err != io.EOF || len(data) >= n {
		return nil, false // not all of it, or not the end of it
	}
	return data, true
}

// readAll is io.ReadAll into a buffer sized for a file of size bytes (0:
// unknown), so a file read whole is not copied from buffer to doubled buffer
// as it grows.
func readAll(r io.Reader, size int64) ([]byte, error) {
	if size <= 0 || size > maxReadHint {
		return io.ReadAll(r)
	}
	var buf bytes.Buffer
	buf.Grow(int(size) + bytes.MinRead) // ReadFrom wants MinRead free before its last read
	_, err := buf.ReadFrom(r)
	return buf.Bytes(), err
}

// maxReadHint bounds the buffer readAll makes up front from a file's size
// on disk: a file that large may have shrunk, and io.ReadAll's growth costs
// little beside reading it.
const maxReadHint = 64 << 20

func inputErrorf(op, name, format string, args ...any) *storyline.Error {
	return &storyline.Error{Code: storyline.EINPUT, Op: op, Path: name, Message: fmt.Sprintf(format, args...)}
}

// errTooLarge marks a record or line over the page limit.
var errTooLarge = errors.New("larger than the page limit")
