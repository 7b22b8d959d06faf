package ingest

import (
	"bufio"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/storyline-news/storyline"
)

// DefaultMaxPageBytes bounds a page when Reader.MaxPageBytes is zero.
const DefaultMaxPageBytes = 32 << 20

// Reader reads inputs into pages.
type Reader struct {
	Stdin io.Reader
	// MaxPageBytes: a page (or a record, or a single line of a text file)
	// larger than this is skipped with an error; DefaultMaxPageBytes when 0.
	MaxPageBytes int64
	// OnBytes is called as raw input bytes are consumed (for progress); may be nil.
	OnBytes func(n int64)
}

// source is one opened, decompressed input as the format readers see it.
type source struct {
	name     string // the id path of the input
	ext      string // lower-case extension of name without ".gz"
	stdin    bool
	gzipped  bool      // offsets then count decompressed bytes
	captured time.Time // file modification time; zero for stdin
	br       *bufio.Reader
	limit    int64
}

// readFunc is the shape of every format reader.
type readFunc func(ctx context.Context, src *source, emit func(*storyline.Page) error) error

// Read reads one input, undoing gzip, detecting the format by extension and by
// sniffing the content, and calls emit for each page in reading order.
//
// Problems are returned as a *storyline.Error with code EINPUT after every
// good page before the problem (and, for formats with independent records,
// after the good records after it too) has been emitted. An error returned by
// emit stops reading and is returned as is; ctx cancellation stops reading and
// returns ctx.Err().
func (r *Reader) Read(ctx context.Context, in Input, emit func(*storyline.Page) error) error {
	src, closeFn, err := r.open(ctx, in)
	if err != nil {
		return r.finish(ctx, err)
	}
	defer closeFn()
	read, err := detect(src)
	if err != nil {
		return r.finish(ctx, err)
	}
	stopping := func(p *storyline.Page) error {
		if err := emit(p); err != nil {
			return &emitError{err}
		}
		return nil
	}
	return r.finish(ctx, read(ctx, src, stopping))
}

// finish sorts out what Read returns: emit's own error as is, then
// cancellation, then everything else as it is (already an EINPUT error).
func (r *Reader) finish(ctx context.Context, err error) error {
	if err == nil {
		return nil
	}
	var stop *emitError
	if errors.As(err, &stop) {
		return stop.err
	}
	if ctx.Err() != nil {
		return ctx.Err()
	}
	return err
}

// emitError carries an error returned by the caller's emit function through
// the format readers, so it can be returned unwrapped.
type emitError struct{ err error }

func (e *emitError) Error() string { return e.err.Error() }
func (e *emitError) Unwrap() error { return e.err }

// open opens the input, counts its raw bytes and undoes gzip when the
// content starts with the gzip magic number, whatever the name says.
func (r *Reader) open(ctx context.Context, in Input) (*source, func(), error) {
	src := &source{name: in.Name, stdin: in.Path == "-", limit: r.limit()}
	raw, closeFn, err := r.openRaw(in, src)
	if err != nil {
		return nil, nil, err
	}
	counted := bufio.NewReaderSize(&countingReader{ctx: ctx, r: raw, onBytes: r.OnBytes}, 64<<10)
	src.br = counted
	src.ext = extension(in.Name)
	if magic, _ := counted.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(counted)
		if err != nil {
			closeFn()
			return nil, nil, storyline.InputError("ingest.gzip", in.Name, err)
		}
		src.br = bufio.NewReaderSize(&gzipReader{zr: zr}, 64<<10)
		src.gzipped = true
	}
	return src, closeFn, nil
}

func (r *Reader) openRaw(in Input, src *source) (io.Reader, func(), error) {
	if src.stdin {
		if r.Stdin == nil {
			return os.Stdin, func() {}, nil
		}
		return r.Stdin, func() {}, nil
	}
	f, err := os.Open(in.Path)
	if err != nil {
		return nil, nil, storyline.InputError("ingest.open", in.Name, err)
	}
	if info, err := f.Stat(); err == nil {
		src.captured = info.ModTime().UTC()
	}
	return f, func() { f.Close() }, nil
}

func (r *Reader) limit() int64 {
	if r.MaxPageBytes > 0 {
		return r.MaxPageBytes
	}
	return DefaultMaxPageBytes
}

// extension returns the lower-case extension of name after dropping ".gz".
func extension(name string) string {
	name = strings.ToLower(name)
	name = strings.TrimSuffix(name, ".gz")
	name = strings.TrimSuffix(name, ".gzip")
	if i := strings.LastIndexAny(name, "./"); i >= 0 && name[i] == '.' {
		return name[i:]
	}
	return ""
}

// countingReader reports consumed bytes and stops at cancellation, so every
// format reader gets progress and cancellation without caring about either.
type countingReader struct {
	ctx     context.Context
	r       io.Reader
	onBytes func(int64)
}

func (c *countingReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	n, err := c.r.Read(p)
	if n > 0 && c.onBytes != nil {
		c.onBytes(int64(n))
	}
	return n, err
}

// gzipReader names gzip failures, so that a truncated archive reads as
// "gzip: unexpected EOF" rather than a bare EOF somewhere in a record.
type gzipReader struct{ zr *gzip.Reader }

func (g *gzipReader) Read(p []byte) (int, error) {
	n, err := g.zr.Read(p)
	if err != nil && err != io.EOF && !isContextErr(err) {
		err = fmt.Errorf("gzip: %w", err)
	}
	return n, err
}

func isContextErr(err error) bool {
	return errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded)
}
