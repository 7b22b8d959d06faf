package ner

// clusters map a word (by hash of its normalised form, never its text) to
// a fine and a coarse class of words that occur in similar contexts in
// unlabelled news text. They let a name the training data never showed
// share weights with names it did ("Jokowi" near "Widodo"). nertrain
// learns them.
type clusters map[uint64]uint16 // fine id | coarse id << 10

func wordKey(norm string) uint64 { return tmpl(201).str(norm).sum() }

func (c clusters) lookup(norm string) (fine, coarse int, ok bool) {
	v, ok := c[wordKey(norm)]
	return int(v & 1023), int(v >> 10), ok
}
