package ner

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"unsafe"

	kgzip "github.com/klauspost/compress/gzip"

	"github.com/storyline-news/storyline"
)

// The file format (inside gzip): magic, feature table bits, number of
// passes, then per pass its table bits, the quantisation scale, its live
// rows (a bit per row, 64 rows a little-endian word: the row holds a
// weight other than zero), the int16 emission weights of the live rows
// and float32 transitions, then the hashed gazetteer and the hashed word
// clusters, then the hashed closed and function words. Weights are
// quantised to int16: the loss is far below what changes a tag.
//
// Format 6, which Read still reads, wrote every row of a table: the
// embedded model's 34 MB inflated, 93% of its first table's rows zeros,
// and inflating them was most of Load's time.
var magic = []byte("storyline-ner\x07")

// denseVersion is the last byte of format 6's magic.
const denseVersion = 6

//go:embed model/ner.bin.gz
var embedded []byte

// Load returns the model embedded in the binary.
func Load() (*Model, error) {
	m, err := Read(bytes.NewReader(embedded))
	if err != nil {
		return nil, fmt.Errorf("ner.Load: embedded model: %w", err)
	}
	return m, nil
}

// Save writes the model, gzip-compressed. The same model gives the same bytes.
func (m *Model) Save(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriterSize(zw, 1<<20)
	if err := m.write(bw); err != nil {
		return fmt.Errorf("ner.Save: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("ner.Save: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("ner.Save: %w", err)
	}
	return nil
}

// layers are the model's layers as files hold them: the first, then the
// second when there is one.
func (m *Model) layers() []*layer {
	if m.second == nil {
		return []*layer{m.first}
	}
	return []*layer{m.first, m.second}
}

func (m *Model) write(w *bufio.Writer) error {
	w.Write(magic)
	w.WriteByte(byte(m.bits))
	layers := m.layers()
	w.WriteByte(byte(len(layers)))
	for _, l := range layers {
		if err := l.write(w); err != nil {
			return err
		}
	}
	if err := writeTable(w, m.gaz); err != nil {
		return err
	}
	if err := writeTable(w, m.cl); err != nil {
		return err
	}
	return writeTable(w, m.closed)
}

func (l *layer) write(w *bufio.Writer) error {
	w.WriteByte(byte(l.bits))
	binary.Write(w, binary.LittleEndian, l.scale)
	var b [8]byte
	for _, lw := range l.live {
		binary.LittleEndian.PutUint64(b[:], lw.rows)
		w.Write(b[:])
	}
	for _, v := range l.packed {
		binary.LittleEndian.PutUint16(b[:2], uint16(v))
		w.Write(b[:2])
	}
	return binary.Write(w, binary.LittleEndian, &l.trans)
}

// Read reads a model that Save wrote.
func Read(r io.Reader) (*Model, error) {
	// klauspost's inflate read the 1.4 MB embedded model (34 MB inflated
	// in format 6, most of it zeros) in 18 ms where compress/gzip took 22
	// (a benchmark of the two, one core); Save keeps compress/gzip, whose
	// bytes the saved models are
	zr, err := kgzip.NewReader(r)
	if err != nil {
		return nil, storyline.InputError("ner.Read", "", err)
	}
	defer zr.Close()
	br := bufio.NewReaderSize(zr, 1<<20)
	m, err := read(br)
	if err != nil {
		return nil, storyline.InputError("ner.Read", "", err)
	}
	return m, nil
}

func read(br *bufio.Reader) (*Model, error) {
	head := make([]byte, len(magic)+2)
	if _, err := io.ReadFull(br, head); err != nil {
		return nil, err
	}
	version := head[len(magic)-1]
	if !bytes.Equal(head[:len(magic)-1], magic[:len(magic)-1]) || version != magic[len(magic)-1] && version != denseVersion {
		return nil, errors.New("not a storyline NER model (or an older format)")
	}
	m := &Model{bits: int(head[len(magic)])}
	if m.bits < 8 || m.bits > 26 {
		return nil, fmt.Errorf("bad table size 2^%d", m.bits)
	}
	n := int(head[len(magic)+1])
	if n < 1 || n > 2 {
		return nil, fmt.Errorf("bad number of passes %d", n)
	}
	for i := range n {
		l, err := readLayer(br, version == denseVersion)
		if err != nil {
			return nil, err
		}
		if i == 0 {
			m.first = l
		} else {
			m.second = l
		}
	}
	gaz, err := readTable[gazetteer](br, br)
	if err != nil {
		return nil, err
	}
	m.gaz = gaz
	if m.cl, err = readTable[clusters](br, br); err != nil {
		return nil, err
	}
	if m.closed, err = readTable[closedWords](br, br); err != nil {
		return nil, err
	}
	return m, nil
}

// readLayer reads a layer's table as Save writes it, or every row when
// dense (format 6).
func readLayer(br *bufio.Reader, dense bool) (*layer, error) {
	bits, err := br.ReadByte()
	if err != nil {
		return nil, err
	}
	if bits < 8 || bits > 26 {
		return nil, fmt.Errorf("bad table size 2^%d", bits)
	}
	l := &layer{bits: int(bits)}
	if err := binary.Read(br, binary.LittleEndian, &l.scale); err != nil {
		return nil, err
	}
	if dense {
		w := make([]int16, (1<<bits)*rowWidth)
		if err := readWeights(br, w); err != nil {
			return nil, err
		}
		l.live, l.packed = indexLive(w)
	} else if err := l.readLive(br); err != nil {
		return nil, err
	}
	if err := binary.Read(br, binary.LittleEndian, &l.trans); err != nil {
		return nil, err
	}
	l.dom = newDominance(&l.trans)
	return l, nil
}

// readLive reads the live rows of a table of 2^l.bits rows and their
// weights.
func (l *layer) readLive(br *bufio.Reader) error {
	l.live = make([]liveWord, (1<<l.bits+63)/64)
	var b [8]byte
	for k := range l.live {
		if _, err := io.ReadFull(br, b[:]); err != nil {
			return err
		}
		l.live[k].rows = binary.LittleEndian.Uint64(b[:])
	}
	l.packed = make([]int16, countLive(l.live)*rowWidth)
	return readWeights(br, l.packed)
}

// readWeights fills w with little-endian int16s from r. On a little-endian
// machine the bytes are read straight into w's memory: a second buffer of the
// table's size and the loop that converted it cost about 4% of a one-core
// ingest of the text dumps (bench --cpuprofile), all of it at start-up.
func readWeights(r io.Reader, w []int16) error {
	if len(w) == 0 {
		return nil
	}
	if littleEndian() {
		_, err := io.ReadFull(r, unsafe.Slice((*byte)(unsafe.Pointer(&w[0])), 2*len(w)))
		return err
	}
	return readWeightsPortable(r, w)
}

// readWeightsPortable is readWeights on any machine, through a small buffer.
func readWeightsPortable(r io.Reader, w []int16) error {
	var buf [1 << 15]byte
	for len(w) > 0 {
		n := min(len(buf)/2, len(w))
		if _, err := io.ReadFull(r, buf[:2*n]); err != nil {
			return err
		}
		for i := range n {
			w[i] = int16(binary.LittleEndian.Uint16(buf[2*i:]))
		}
		w = w[n:]
	}
	return nil
}

func littleEndian() bool {
	x := uint16(1)
	return *(*byte)(unsafe.Pointer(&x)) == 1
}
