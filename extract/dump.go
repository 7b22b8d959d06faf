package extract

// Dump is a text dump cut into lines and measured: what the line model
// reads. The stage builds one inside Extract; extracttrain builds them to
// label lines and fit the model.
type Dump struct {
	lines []*line
	// X holds each line's feature vector.
	X [][NumFeatures]float64
}

// NewDump cuts text into its non-blank lines and computes their features.
func NewDump(text string) *Dump { return dumpOf(splitLines(text)) }

func dumpOf(lines []*line) *Dump {
	return &Dump{lines: lines, X: computeFeatures(lines).x}
}

// Len is the number of lines.
func (d *Dump) Len() int { return len(d.lines) }

// Text is line i, trimmed.
func (d *Dump) Text(i int) string { return d.lines[i].text }

// Compact is the dump as a renderer that leaves no blank lines between
// paragraphs would have saved it.
func (d *Dump) Compact() *Dump {
	compact := make([]*line, len(d.lines))
	for i, l := range d.lines {
		c := *l
		c.blankAbove, c.blankBelow = false, false
		compact[i] = &c
	}
	return dumpOf(compact)
}

// Crop is lines [lo,hi) as a dump of their own: their features are measured
// again, since position and neighbourhood change.
func (d *Dump) Crop(lo, hi int) *Dump { return dumpOf(d.lines[lo:hi]) }

// Body returns the indexes of the lines m keeps as article body, given each
// line's body probability p.
func (m *LineModel) Body(d *Dump, p []float64) []int {
	return m.bodyLines(&scored{lines: d.lines, p: p})
}
