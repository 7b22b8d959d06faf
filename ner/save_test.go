package ner

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"reflect"
	"testing"
)

// TestSaveReadsBack saves the embedded model, reads it back and saves it
// again: the same bytes, and the same tables.
func TestSaveReadsBack(t *testing.T) {
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	var first, second bytes.Buffer
	if err := m.Save(&first); err != nil {
		t.Fatal(err)
	}
	back, err := Read(bytes.NewReader(first.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if err := back.Save(&second); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(first.Bytes(), second.Bytes()) {
		t.Error("a model read back saves other bytes")
	}
	sameModel(t, back, m)
}

// TestReadsDenseFormat reads the embedded model written in format 6, every
// row of each table: the same live rows and weights as format 7's.
func TestReadsDenseFormat(t *testing.T) {
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	w := bufio.NewWriter(zw)
	w.Write(append(bytes.Clone(magic[:len(magic)-1]), denseVersion))
	w.WriteByte(byte(m.bits))
	layers := m.layers()
	w.WriteByte(byte(len(layers)))
	for _, l := range layers {
		w.WriteByte(byte(l.bits))
		binary.Write(w, binary.LittleEndian, l.scale)
		next := 0 // the next live row's weights in packed
		for r := range 1 << l.bits {
			row := make([]int16, rowWidth)
			if l.live[r/64].rows&(1<<(r%64)) != 0 {
				copy(row, l.packed[next:])
				next += rowWidth
			}
			binary.Write(w, binary.LittleEndian, row)
		}
		binary.Write(w, binary.LittleEndian, &l.trans)
	}
	for _, err := range []error{writeTable(w, m.gaz), writeTable(w, m.cl), writeTable(w, m.closed), w.Flush(), zw.Close()} {
		if err != nil {
			t.Fatal(err)
		}
	}
	dense, err := Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	sameModel(t, dense, m)
}

func sameModel(t *testing.T, got, want *Model) {
	t.Helper()
	if got.bits != want.bits || !reflect.DeepEqual(got.gaz, want.gaz) || !reflect.DeepEqual(got.cl, want.cl) || !reflect.DeepEqual(got.closed, want.closed) {
		t.Error("the tables beside the layers differ")
	}
	for i, pair := range [][2]*layer{{got.first, want.first}, {got.second, want.second}} {
		g, w := pair[0], pair[1]
		if (g == nil) != (w == nil) {
			t.Fatalf("layer %d: one model has it, the other not", i)
		}
		if g == nil {
			continue
		}
		if g.bits != w.bits || g.scale != w.scale || g.trans != w.trans || !reflect.DeepEqual(g.live, w.live) || !reflect.DeepEqual(g.packed, w.packed) {
			t.Errorf("layer %d differs", i)
		}
	}
}
