package ner

import (
	"encoding/binary"
	"io"
	"slices"
)

// tableValue is what a hashed table stores per key: a bit set or a small id.
type tableValue interface{ ~uint8 | ~uint16 }

// writeTable writes a hashed table (gazetteer, clusters, closed words) as a
// uvarint count, then each key in order as 8 bytes and its value in 1 or 2
// bytes, little-endian: sorted keys make the model file deterministic.
func writeTable[M ~map[uint64]V, V tableValue](w io.Writer, t M) error {
	keys := make([]uint64, 0, len(t))
	for k := range t {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	size := valueSize[V]()
	buf := binary.AppendUvarint(nil, uint64(len(keys)))
	for _, k := range keys {
		buf = binary.LittleEndian.AppendUint64(buf, k)
		if size == 1 {
			buf = append(buf, byte(t[k]))
		} else {
			buf = binary.LittleEndian.AppendUint16(buf, uint16(t[k]))
		}
	}
	_, err := w.Write(buf)
	return err
}

// readTable reads what writeTable wrote.
func readTable[M ~map[uint64]V, V tableValue](r io.ByteReader, full io.Reader) (M, error) {
	n, err := binary.ReadUvarint(r)
	if err != nil {
		return nil, err
	}
	size := valueSize[V]()
	t := make(M, n)
	rec := make([]byte, 8+size)
	for range n {
		if _, err := io.ReadFull(full, rec); err != nil {
			return nil, err
		}
		k := binary.LittleEndian.Uint64(rec[:8])
		if size == 1 {
			t[k] = V(rec[8])
		} else {
			t[k] = V(binary.LittleEndian.Uint16(rec[8:]))
		}
	}
	return t, nil
}

func valueSize[V tableValue]() int {
	var v V
	if uint16(v-1) == 0xff { // V wraps at 8 bits
		return 1
	}
	return 2
}
