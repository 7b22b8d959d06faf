package ingest

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/textproto"
	"strconv"
	"strings"
	"time"

	"github.com/storyline-news/storyline"
)

// maxWARCHeader bounds the named fields of one WARC record.
const maxWARCHeader = 1 << 20

// warcRecord is one record whose header has been read; its block is read, or
// skipped, from the stream that follows.
type warcRecord struct {
	n      int   // 1-based position in the file
	offset int64 // byte offset of the version line in the (decompressed) file
	header textproto.MIMEHeader
	length int64
}

func (rec *warcRecord) get(key string) string { return strings.TrimSpace(rec.header.Get(key)) }

// warcReader splits a WARC 1.0/1.1 file into records: a "WARC/1.x" version
// line, header fields up to a blank line, Content-Length bytes of block, and
// two CRLFs. It streams: a block is never held unless it becomes a page.
type warcReader struct {
	br      *bufio.Reader
	pos     int64 // bytes consumed so far
	n       int
	gzipped bool
}

// errWARCEnd ends a file cleanly, after the last record.
var errWARCEnd = errors.New("end of WARC")

// next reads the next record's header, skipping blank lines between records.
func (w *warcReader) next() (*warcRecord, error) {
	line, err := w.skipBlank()
	if err != nil {
		return nil, err
	}
	w.n++
	rec := &warcRecord{n: w.n, offset: w.pos - int64(len(line))}
	if !bytes.HasPrefix(line, []byte("WARC/")) {
		return nil, w.brokenf(rec, "no WARC version line (found %q)", clip(line, 40))
	}
	if rec.header, err = w.readHeader(rec); err != nil {
		return nil, err
	}
	cl := rec.get("Content-Length")
	rec.length, err = strconv.ParseInt(cl, 10, 64)
	if err != nil || rec.length < 0 {
		return nil, w.brokenf(rec, "bad Content-Length %q", cl)
	}
	return rec, nil
}

func (w *warcReader) skipBlank() ([]byte, error) {
	for {
		line, err := w.readLine()
		if err == io.EOF && len(line) == 0 {
			return nil, errWARCEnd
		}
		if err != nil && err != io.EOF {
			return nil, fmt.Errorf("after record %d, at offset %d: %w", w.n, w.pos, err)
		}
		if len(bytes.TrimSpace(line)) > 0 {
			return line, nil
		}
		if err == io.EOF {
			return nil, errWARCEnd
		}
	}
}

// readHeader reads "Name: value" fields up to the blank line; continuation
// lines (starting with white space) extend the previous value.
func (w *warcReader) readHeader(rec *warcRecord) (textproto.MIMEHeader, error) {
	h := textproto.MIMEHeader{}
	var last string
	start := w.pos
	for {
		line, err := w.readLine()
		if err != nil {
			return nil, w.brokenf(rec, "header cut short: %w", unexpected(err))
		}
		if w.pos-start > maxWARCHeader {
			return nil, w.brokenf(rec, "header longer than %d bytes", maxWARCHeader)
		}
		text := strings.TrimRight(string(line), "\r\n")
		if text == "" {
			return h, nil
		}
		if (text[0] == ' ' || text[0] == '\t') && last != "" {
			vals := h[last]
			vals[len(vals)-1] += " " + strings.TrimSpace(text)
			continue
		}
		if name, value, ok := strings.Cut(text, ":"); ok {
			last = textproto.CanonicalMIMEHeaderKey(strings.TrimSpace(name))
			h.Add(last, strings.TrimSpace(value))
		}
	}
}

// readLine returns one raw line with its line end; a line longer than the
// buffer is an error, as no WARC header line is that long.
func (w *warcReader) readLine() ([]byte, error) {
	line, err := w.br.ReadSlice('\n')
	w.pos += int64(len(line))
	if errors.Is(err, bufio.ErrBufferFull) {
		return line, errors.New("line too long")
	}
	return line, err
}

// blockReader reads one record's block and remembers whether the stream
// under it failed (cut short, broken gzip), which no record can survive,
// as opposed to a payload that merely fails to decode.
type blockReader struct {
	lr  io.LimitedReader
	err error
}

func (b *blockReader) Read(p []byte) (int, error) {
	n, err := b.lr.Read(p)
	if err == io.EOF && b.lr.N > 0 {
		err = io.ErrUnexpectedEOF
	}
	if err != nil && err != io.EOF && b.err == nil {
		b.err = err
	}
	return n, err
}

func (w *warcReader) brokenf(rec *warcRecord, format string, args ...any) error {
	where := "offset"
	if w.gzipped {
		where = "decompressed offset"
	}
	return fmt.Errorf("record %d at %s %d: "+format, append([]any{rec.n, where, rec.offset}, args...)...)
}

func unexpected(err error) error {
	if err == io.EOF {
		return io.ErrUnexpectedEOF
	}
	return err
}

func clip(b []byte, n int) string {
	b = bytes.TrimRight(b, "\r\n")
	if len(b) > n {
		b = b[:n]
	}
	return string(b)
}

// readWARC reads a WARC file: HTML responses (and HTML resources) become
// pages, every other record is skipped. A record whose payload cannot be
// decoded is a problem for that record only; a broken frame ends the file,
// since the next record cannot be found after it.
func readWARC(ctx context.Context, src *source, emit func(*storyline.Page) error) error {
	w := &warcReader{br: src.br, gzipped: src.gzipped}
	probs := &problems{op: "ingest.warc", name: src.name}
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		rec, err := w.next()
		if err == errWARCEnd && w.n == 0 {
			return inputErrorf("ingest.warc", src.name, "empty input: only white space, no WARC record")
		}
		if err == errWARCEnd {
			return probs.err()
		}
		if err != nil {
			return probs.fatal(storyline.InputError("ingest.warc", src.name, err))
		}
		if err := w.record(src, rec, probs, emit); err != nil {
			return err
		}
	}
}

// record turns one record into a page when it holds one and skips the rest
// of its block. Only a broken frame and emit's error are returned.
func (w *warcReader) record(src *source, rec *warcRecord, probs *problems, emit func(*storyline.Page) error) error {
	blk := &blockReader{lr: io.LimitedReader{R: w.br, N: rec.length}}
	page, perr := warcPage(rec, blk, src.limit)
	_, _ = io.Copy(io.Discard, blk) // a failure lands in blk.err
	w.pos += rec.length - blk.lr.N
	if blk.err != nil {
		return probs.fatal(storyline.InputError("ingest.warc", src.name, w.brokenf(rec, "block cut short: %w", blk.err)))
	}
	if perr != nil {
		probs.add(w.brokenf(rec, "%w", perr))
		return nil
	}
	if page == nil {
		return nil
	}
	if page.ID == "" {
		page.ID = fmt.Sprintf("%s#%d", src.name, rec.n)
	}
	page.Origin = storyline.Origin{Path: src.name, Record: page.ID}
	return emit(page)
}

// warcPage returns the page a record holds, nil when it holds none.
func warcPage(rec *warcRecord, block io.Reader, limit int64) (*storyline.Page, error) {
	var payload []byte
	var err error
	switch strings.ToLower(rec.get("WARC-Type")) {
	case "response":
		payload, err = httpPayload(block, rec.get("Content-Type"), limit)
	case "resource":
		payload, err = resourcePayload(block, rec.get("Content-Type"), limit)
	default:
		return nil, nil
	}
	if err != nil || payload == nil {
		return nil, err
	}
	uri := strings.Trim(rec.get("WARC-Target-URI"), "<>")
	return &storyline.Page{
		ID:       uri,
		Format:   storyline.FormatWARC,
		URL:      uri,
		HTML:     payload,
		Captured: warcDate(rec.get("WARC-Date")),
	}, nil
}

// warcDate parses WARC-Date (W3C ISO 8601, seconds or finer); zero if odd.
func warcDate(s string) time.Time {
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04Z07:00", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC()
		}
	}
	return time.Time{}
}
