package ner

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"reflect"
	"slices"
	"testing"
)

// TestRowRuns writes layers by runs of rows and reads them back as they
// were: tables that start or end with either kind of run, all zero, none
// zero; and reads the whole-table format of version 6 as before.
func TestRowRuns(t *testing.T) {
	row := func(v int16) []int16 {
		r := make([]int16, rowWidth)
		r[(int(v)%rowWidth+rowWidth)%rowWidth] = v
		return r
	}
	zero := make([]int16, rowWidth)
	tables := map[string][]int16{
		"zero first": slices.Concat(zero, zero, row(3), row(-4), zero, row(5), zero, zero),
		"kept first": slices.Concat(row(1), zero, zero, zero, row(-7), row(2), zero, row(6)),
		"zero last":  slices.Concat(row(9), zero),
		"all zero":   slices.Concat(zero, zero, zero, zero),
		"none zero":  slices.Concat(row(1), row(2), row(3), row(4)),
	}
	const bits = 8 // the least table a file holds: the pattern repeated
	for name, pattern := range tables {
		var w []int16
		for len(w) < (1<<bits)*rowWidth {
			w = append(w, pattern...)
		}
		l := &layer{bits: bits, w: w, scale: 0.5}
		l.trans[0][1] = 2.5
		var buf bytes.Buffer
		bw := bufio.NewWriter(&buf)
		if err := l.write(bw); err != nil {
			t.Fatal(err)
		}
		bw.Flush()
		back, err := readLayer(bufio.NewReader(&buf), true, newHeapWeights)
		if err != nil || !reflect.DeepEqual(back, l) {
			t.Errorf("%s: read back %v (%v), wrote %v", name, back, err, l)
		}
		// version 6: the table whole
		var dense bytes.Buffer
		dense.WriteByte(byte(bits))
		binary.Write(&dense, binary.LittleEndian, l.scale)
		binary.Write(&dense, binary.LittleEndian, l.w)
		binary.Write(&dense, binary.LittleEndian, &l.trans)
		back, err = readLayer(bufio.NewReader(&dense), false, newHeapWeights)
		if err != nil || !reflect.DeepEqual(back, l) {
			t.Errorf("%s: version 6 read back %v (%v), wrote %v", name, back, err, l)
		}
	}
}

// TestRowRunsRefusesOverrun refuses runs past the table's end and a run of
// no rows (which would never end).
func TestRowRunsRefusesOverrun(t *testing.T) {
	for _, runs := range [][2]uint64{{5, 0}, {2, 3}, {0, 0}} {
		raw := binary.AppendUvarint(binary.AppendUvarint(nil, runs[0]), runs[1])
		raw = append(raw, make([]byte, 2*rowWidth*4)...)
		if err := readRowRuns(bufio.NewReader(bytes.NewReader(raw)), make([]int16, 4*rowWidth)); err == nil {
			t.Errorf("runs %v of a 4-row table: no error", runs)
		}
	}
}

// TestEmbeddedModelSaveReproduces reads the embedded model and saves it
// again: the same bytes, so the embedded file is what Save writes (and the
// trainer, which saves with it, can reproduce it: nertrain's
// TestTrainWritesEmbeddedModel). The tables Load maps apart hold what the
// heap ones do.
func TestEmbeddedModelSaveReproduces(t *testing.T) {
	m, err := Read(bytes.NewReader(embedded))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), embedded) {
		t.Errorf("Save wrote %d bytes that differ from the embedded %d", buf.Len(), len(embedded))
	}
	loaded, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(loaded.first.w, m.first.w) || !reflect.DeepEqual(loaded.first.trans, m.first.trans) ||
		(m.second != nil) != (loaded.second != nil) || m.second != nil && !slices.Equal(loaded.second.w, m.second.w) {
		t.Error("Load's tables differ from Read's")
	}
	if again, _ := Load(); again != loaded {
		t.Error("Load read the embedded model twice")
	}
}
