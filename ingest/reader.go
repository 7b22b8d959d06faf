package ingest

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/klauspost/compress/gzip"

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
	size     int64 // bytes the file holds: on disk, or a gzipped file's trailer's hint (gzipSizeHint); 0 when unknown
}

// maxBuffer is the read buffer of an input: 64 KB reads amortise the
// system calls of a large file.
const maxBuffer = 64 << 10

// bufferSize is the read buffer for an input of size bytes on disk (-1 when
// unknown): the whole of a small file and one byte more (so the end of the
// file is seen without the buffer filling), but never less than format
// detection peeks at. Most text dumps are a few KB: a 64 KB buffer each was
// 6% of what a bench run over the text dev dumps allocated.
func bufferSize(size int64) int {
	if size < 0 || size >= maxBuffer {
		return maxBuffer
	}
	return max(sniffLen, int(size)+1)
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
// content starts with the gzip magic number, whatever the name says. An
// input without a name of its own is named from its content first; an empty
// input is refused here, before any page is emitted.
func (r *Reader) open(ctx context.Context, in Input) (*source, func(), error) {
	if in.skip != "" {
		return nil, nil, &storyline.Error{Code: storyline.EINPUT, Op: "ingest.open", Path: in.Label(), Err: skipped(in.skip)}
	}
	src := &source{name: in.Name, stdin: in.Path == "-", limit: r.limit()}
	raw, closeFn, err := r.openRaw(ctx, in, src)
	if err != nil {
		return nil, nil, err
	}
	counting := &countingReader{ctx: ctx, r: raw, onBytes: r.OnBytes}
	counted := bufio.NewReaderSize(counting, bufferSize(in.Size))
	src.br = counted
	src.ext = extension(src.name)
	if !src.stdin && in.Size >= 0 {
		src.size = in.Size
	}
	if magic, _ := counted.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(counted)
		if err != nil {
			closeFn()
			return nil, nil, storyline.InputError("ingest.gzip", src.name, err)
		}
		src.br = bufio.NewReaderSize(&gzipReader{zr: zr, raw: counting, limit: src.limit}, maxBuffer)
		src.gzipped = true
		src.size = 0 // what a gzipped stdin holds is not known
		if !src.stdin {
			src.size = gzipSizeHint(raw, in.Size, src.limit)
		}
	}
	if _, err := src.br.Peek(1); err != nil {
		closeFn()
		if err == io.EOF {
			return nil, nil, inputErrorf("ingest.open", src.name, "empty input: nothing to read")
		}
		if isContextErr(err) {
			return nil, nil, err
		}
		return nil, nil, storyline.InputError("ingest.open", src.name, err)
	}
	return src, closeFn, nil
}

// gzipSizeHint is what a gzipped file of size bytes says it holds: the
// ISIZE field that ends it (RFC 1952: the decompressed size modulo 2^32 of
// its last member), bounded by what the reader takes from it; 0 when the
// file cannot be read at its end. It only sizes readAll's buffer (a wrong
// hint costs one allocation, never a byte of the page): on the 807 HTML
// dev pages, read whole from gzip, io.ReadAll's growing chunks and final
// copy were most of what reading them cost beside inflating them.
func gzipSizeHint(raw io.Reader, size, limit int64) int64 {
	ra, ok := raw.(io.ReaderAt)
	if !ok || size < gzipMinSize {
		return 0
	}
	var isize [4]byte
	if _, err := ra.ReadAt(isize[:], size-int64(len(isize))); err != nil {
		return 0
	}
	return min(int64(binary.LittleEndian.Uint32(isize[:])), limit+1, maxDeflateRatio*size)
}

// maxDeflateRatio is the most bytes deflate gives back per byte of its
// stream (a run of 258-byte matches, two bits each): a trailer claiming
// more lies, and its hint is cut to what the file could hold.
const maxDeflateRatio = 1032

// gzipMinSize is the smallest gzip member: a 10-byte header, an empty
// deflate stream (2 bytes) and the 8-byte trailer.
const gzipMinSize = 20

// skipped is why a file found in a folder is not read; it counts as
// ErrUnsupported (a stray file, not a broken input).
type skipped string

func (s skipped) Error() string        { return string(s) }
func (s skipped) Is(target error) bool { return target == ErrUnsupported }

// openRaw opens the input's bytes. Stdin and pipes are read through an
// interruptible reader, so that cancellation (SIGINT, SIGTERM) stops a read
// that waits on a writer; an input without a name is spooled to a temporary
// file while its SHA-256 is taken, and named from it.
func (r *Reader) openRaw(ctx context.Context, in Input, src *source) (io.Reader, func(), error) {
	var raw io.Reader
	closeFn := func() {}
	switch {
	case src.stdin:
		raw = r.Stdin
		if raw == nil {
			raw = os.Stdin
		}
		if _, ok := raw.(*os.File); ok {
			x := newInterruptible(ctx, raw)
			raw, closeFn = x, x.stop
		}
	case in.Size < 0: // a named pipe or device named on the command line
		f, err := openStream(ctx, in.Path)
		if err != nil {
			if isContextErr(err) {
				return nil, nil, err
			}
			return nil, nil, storyline.InputError("ingest.open", in.Label(), bare(err))
		}
		x := newInterruptible(ctx, f)
		raw, closeFn = x, func() { x.stop(); f.Close() }
	default:
		f, err := os.Open(in.Path)
		if err != nil {
			return nil, nil, storyline.InputError("ingest.open", in.Label(), bare(err))
		}
		if info, err := f.Stat(); err == nil {
			src.captured = info.ModTime().UTC()
		}
		raw, closeFn = f, func() { f.Close() }
	}
	if src.name != "" {
		return raw, closeFn, nil
	}
	prefix := "pipe-"
	if src.stdin {
		prefix = "stdin-"
	}
	spooled, name, err := spool(ctx, raw, prefix)
	closeFn()
	if err != nil {
		if isContextErr(err) {
			return nil, nil, err
		}
		return nil, nil, storyline.InputError("ingest.open", in.Label(), bare(err))
	}
	src.name = name
	return spooled, func() { spooled.Close(); os.Remove(spooled.Name()) }, nil
}

// contentIDHex is how many hex digits of the SHA-256 name an input that has
// no name of its own (CONTRACT.md, "Standard input").
const contentIDHex = 12

// spool copies r into a temporary file (memory stays bounded whatever the
// size of stdin) and returns it rewound, with the name prefix + the first
// hex digits of the SHA-256 of the bytes.
func spool(ctx context.Context, r io.Reader, prefix string) (*os.File, string, error) {
	f, err := os.CreateTemp("", "storyline-stdin-*")
	if err != nil {
		return nil, "", err
	}
	fail := func(err error) (*os.File, string, error) {
		f.Close()
		os.Remove(f.Name())
		return nil, "", err
	}
	h := sha256.New()
	if _, err := io.Copy(io.MultiWriter(f, h), &countingReader{ctx: ctx, r: r}); err != nil {
		return fail(err)
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return fail(err)
	}
	return f, prefix + hex.EncodeToString(h.Sum(nil))[:contentIDHex], nil
}

// openStream opens a named pipe: the open itself waits for a writer, so it
// runs aside and cancellation wakes it by opening the pipe for writing.
func openStream(ctx context.Context, path string) (*os.File, error) {
	type opened struct {
		f   *os.File
		err error
	}
	ch := make(chan opened, 1)
	go func() {
		f, err := os.Open(path)
		ch <- opened{f, err}
	}()
	select {
	case o := <-ch:
		return o.f, o.err
	case <-ctx.Done():
		if w, err := os.OpenFile(path, os.O_WRONLY|syscall.O_NONBLOCK, 0); err == nil {
			w.Close()
		}
		go func() {
			if o := <-ch; o.f != nil {
				o.f.Close()
			}
		}()
		return nil, ctx.Err()
	}
}

// interruptible reads r in a goroutine so that Read returns at cancellation
// even while the underlying read waits on a pipe; stop ends the goroutine
// as soon as its pending read returns.
type interruptible struct {
	ctx  context.Context
	ch   chan chunk
	done chan struct{}
	cur  []byte
	err  error
	once sync.Once
}

type chunk struct {
	b   []byte
	err error
}

func newInterruptible(ctx context.Context, r io.Reader) *interruptible {
	x := &interruptible{ctx: ctx, ch: make(chan chunk), done: make(chan struct{})}
	go func() {
		for {
			buf := make([]byte, 64<<10)
			n, err := r.Read(buf)
			select {
			case x.ch <- chunk{buf[:n], err}:
			case <-x.done:
				return
			case <-ctx.Done():
				return
			}
			if err != nil {
				return
			}
		}
	}()
	return x
}

func (x *interruptible) Read(p []byte) (int, error) {
	for len(x.cur) == 0 {
		if x.err != nil {
			return 0, x.err
		}
		select {
		case c := <-x.ch:
			x.cur, x.err = c.b, c.err
		case <-x.ctx.Done():
			return 0, x.ctx.Err()
		}
	}
	n := copy(p, x.cur)
	x.cur = x.cur[n:]
	return n, nil
}

func (x *interruptible) stop() { x.once.Do(func() { close(x.done) }) }

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
	n       int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	n, err := c.r.Read(p)
	c.n += int64(n)
	if n > 0 && c.onBytes != nil {
		c.onBytes(int64(n))
	}
	return n, err
}

// maxGzipRatio bounds the decompressed bytes per compressed byte read, past
// a first page limit's worth: news text and HTML compress 3 to 20 times,
// while a gzip of one repeated byte (10 MB of blank lines that expand to
// 1 GB) reaches 1,000. The bound stops such a bomb after about one page
// limit of output instead of reading and scanning a gigabyte of nothing.
const maxGzipRatio = 100

// gzipReader names gzip failures, so that a truncated archive reads as
// "gzip: unexpected EOF" rather than a bare EOF somewhere in a record, and
// refuses content that expands beyond maxGzipRatio.
type gzipReader struct {
	zr    *gzip.Reader
	raw   *countingReader
	limit int64
	out   int64
}

func (g *gzipReader) Read(p []byte) (int, error) {
	n, err := g.zr.Read(p)
	g.out += int64(n)
	if g.raw != nil && g.out > g.limit+maxGzipRatio*g.raw.n {
		return n, fmt.Errorf("gzip: expands more than %d times (%d bytes from %d compressed): refused as a decompression bomb", maxGzipRatio, g.out, g.raw.n)
	}
	if err != nil && err != io.EOF && !isContextErr(err) {
		err = fmt.Errorf("gzip: %w", err)
	}
	return n, err
}

func isContextErr(err error) bool {
	return errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded)
}
