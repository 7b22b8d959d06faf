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
	"sync"
	"unsafe"

	"github.com/storyline-news/storyline"
)

// The file format (inside gzip): magic, feature table bits, number of
// passes, then per pass its table bits, the quantisation scale, int16
// emission weights and float32 transitions, then the hashed gazetteer and
// the hashed word clusters, then the hashed closed and function words.
// Weights are quantised to int16: the loss is far below what changes a tag.
//
// The weights are stored by runs of rows (version 7): a run of rows all
// zero, then a run of rows not all zero, each count a uvarint, the second
// run's weights following, until the table is full. Seven rows in eight of
// the embedded model's first table are zero; stored whole (version 6) they
// compressed to almost nothing, but reading the model inflated all 36 MB
// again, 0.14 s of the 0.18 s an ingest of one page spent on its CPU.
var magic = []byte("storyline-ner\x07")

// magicDense is the format of version 6, read still: the weights whole.
var magicDense = []byte("storyline-ner\x06")

//go:embed model/ner.bin.gz
var embedded []byte

// Load returns the model embedded in the binary, read at the first call:
// every call returns the same Model (a Model is safe for concurrent use and
// nothing changes it once read), whose tables live as long as the process.
func Load() (*Model, error) {
	return embeddedModel()
}

var embeddedModel = sync.OnceValues(func() (*Model, error) {
	m, err := readModel(bytes.NewReader(embedded), processWeights)
	if err != nil {
		return nil, fmt.Errorf("ner.Load: embedded model: %w", err)
	}
	return m, nil
})

// newHeapWeights allocates a layer's weights on the Go heap.
func newHeapWeights(n int) []int16 { return make([]int16, n) }

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

func (m *Model) write(w *bufio.Writer) error {
	w.Write(magic)
	w.WriteByte(byte(m.bits))
	layers := []*layer{m.first}
	if m.second != nil {
		layers = append(layers, m.second)
	}
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
	var b [2]byte
	for rows := l.w; len(rows) > 0; {
		zero := leadingRows(rows, true)
		rows = rows[zero*rowWidth:]
		kept := leadingRows(rows, false)
		w.Write(binary.AppendUvarint(binary.AppendUvarint(nil, uint64(zero)), uint64(kept)))
		for _, v := range rows[:kept*rowWidth] {
			binary.LittleEndian.PutUint16(b[:], uint16(v))
			w.Write(b[:])
		}
		rows = rows[kept*rowWidth:]
	}
	return binary.Write(w, binary.LittleEndian, &l.trans)
}

// leadingRows counts the rows at the start of w that are all zero (zero) or
// not all zero (!zero).
func leadingRows(w []int16, zero bool) int {
	n := 0
	for ; (n+1)*rowWidth <= len(w); n++ {
		if isZeroRow(w[n*rowWidth:(n+1)*rowWidth]) != zero {
			break
		}
	}
	return n
}

func isZeroRow(row []int16) bool {
	for _, v := range row {
		if v != 0 {
			return false
		}
	}
	return true
}

// Read reads a model that Save wrote.
func Read(r io.Reader) (*Model, error) {
	return readModel(r, newHeapWeights)
}

// readModel is Read with the layers' weights allocated by alloc.
func readModel(r io.Reader, alloc func(n int) []int16) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, storyline.InputError("ner.Read", "", err)
	}
	defer zr.Close()
	br := bufio.NewReaderSize(zr, 1<<20)
	m, err := read(br, alloc)
	if err != nil {
		return nil, storyline.InputError("ner.Read", "", err)
	}
	return m, nil
}

func read(br *bufio.Reader, alloc func(n int) []int16) (*Model, error) {
	head := make([]byte, len(magic)+2)
	if _, err := io.ReadFull(br, head); err != nil {
		return nil, err
	}
	sparse := bytes.Equal(head[:len(magic)], magic)
	if !sparse && !bytes.Equal(head[:len(magic)], magicDense) {
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
		l, err := readLayer(br, sparse, alloc)
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

func readLayer(br *bufio.Reader, sparse bool, alloc func(n int) []int16) (*layer, error) {
	bits, err := br.ReadByte()
	if err != nil {
		return nil, err
	}
	if bits < 8 || bits > 26 {
		return nil, fmt.Errorf("bad table size 2^%d", bits)
	}
	l := &layer{bits: int(bits), w: alloc((1 << bits) * rowWidth)}
	if err := binary.Read(br, binary.LittleEndian, &l.scale); err != nil {
		return nil, err
	}
	if sparse {
		err = readRowRuns(br, l.w)
	} else {
		err = readWeights(br, l.w)
	}
	if err != nil {
		return nil, err
	}
	if err := binary.Read(br, binary.LittleEndian, &l.trans); err != nil {
		return nil, err
	}
	return l, nil
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

// readRowRuns fills w from the runs of rows layer.write wrote: the rows of
// a zero run are left as make gave them.
func readRowRuns(br *bufio.Reader, w []int16) error {
	for len(w) > 0 {
		zero, err := binary.ReadUvarint(br)
		if err != nil {
			return err
		}
		kept, err := binary.ReadUvarint(br)
		if err != nil {
			return err
		}
		rows := uint64(len(w) / rowWidth)
		if zero > rows || kept > rows-zero || zero+kept == 0 {
			return fmt.Errorf("bad run of %d zero and %d other rows where %d are left", zero, kept, rows)
		}
		w = w[zero*rowWidth:]
		if err := readWeights(br, w[:kept*rowWidth]); err != nil {
			return err
		}
		w = w[kept*rowWidth:]
	}
	return nil
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
