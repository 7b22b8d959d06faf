package ner

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/storyline-news/storyline"
)

// Document is one CoNLL document: the sentences between two -DOCSTART- lines.
// Label consistency is learned and applied per document, so the boundary
// matters to the tagger.
type Document struct {
	// Start holds the lines (the -DOCSTART- line and blank lines) that came
	// before the first sentence, verbatim, so they can be written back.
	Start     []string
	Sentences []Sentence
}

// Sentence is one CoNLL sentence.
type Sentence struct {
	Lines []string // the input lines, verbatim
	Words []string // the first column of each line
	// Tags is the last column when the input had more than one column (gold
	// IOB2 tags); nil otherwise.
	Tags []string
	// After holds the blank lines that followed the sentence, verbatim.
	After []string
}

// CoNLLReader reads CoNLL-formatted text one document at a time, so a large
// file is tagged in bounded memory.
type CoNLLReader struct {
	sc      *bufio.Scanner
	pending string // a -DOCSTART- line read ahead
	line    int
	done    bool
}

// NewCoNLLReader returns a reader of CoNLL documents from r.
func NewCoNLLReader(r io.Reader) *CoNLLReader {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 16*1024*1024)
	return &CoNLLReader{sc: sc}
}

func isDocStart(line string) bool { return strings.HasPrefix(line, "-DOCSTART-") }

// Next returns the next document, or io.EOF after the last one. Text before
// the first -DOCSTART- line (or in a file without any) is one document.
func (c *CoNLLReader) Next() (*Document, error) {
	if c.done {
		return nil, io.EOF
	}
	doc := &Document{}
	if c.pending != "" {
		doc.Start = append(doc.Start, c.pending)
		c.pending = ""
	}
	var cur *Sentence
	for c.sc.Scan() {
		c.line++
		line := strings.TrimRight(c.sc.Text(), "\r")
		if isDocStart(line) {
			if cur != nil || len(doc.Sentences) > 0 || len(doc.Start) > 0 {
				c.pending = line
				return doc, nil
			}
			doc.Start = append(doc.Start, line)
			continue
		}
		if strings.TrimSpace(line) == "" {
			c.blank(doc, &cur, line)
			continue
		}
		if cur == nil {
			doc.Sentences = append(doc.Sentences, Sentence{})
			cur = &doc.Sentences[len(doc.Sentences)-1]
		}
		if err := cur.add(line); err != nil {
			return nil, storyline.InputError("ner.conll", "", fmt.Errorf("line %d: %w", c.line, err))
		}
	}
	c.done = true
	if err := c.sc.Err(); err != nil {
		return nil, storyline.InputError("ner.conll", "", fmt.Errorf("line %d: %w", c.line, err))
	}
	if len(doc.Sentences) == 0 && len(doc.Start) == 0 {
		return nil, io.EOF
	}
	return doc, nil
}

// blank records a blank line: it closes the open sentence, or belongs to the
// lines after the previous sentence or before the first.
func (c *CoNLLReader) blank(doc *Document, cur **Sentence, line string) {
	switch {
	case *cur != nil:
		(*cur).After = append((*cur).After, line)
		*cur = nil
	case len(doc.Sentences) > 0:
		last := &doc.Sentences[len(doc.Sentences)-1]
		last.After = append(last.After, line)
	default:
		doc.Start = append(doc.Start, line)
	}
}

func (s *Sentence) add(line string) error {
	fields := strings.Fields(line)
	if len(fields) > 1 {
		if len(s.Words) > 0 && s.Tags == nil {
			return fmt.Errorf("%q has a tag column where earlier lines of the sentence have none", line)
		}
		s.Tags = append(s.Tags, fields[len(fields)-1])
	} else if s.Tags != nil {
		return fmt.Errorf("%q has no tag column", line)
	}
	s.Lines = append(s.Lines, line)
	s.Words = append(s.Words, fields[0])
	return nil
}

// ReadCoNLL reads every document of a CoNLL file.
func ReadCoNLL(ctx context.Context, r io.Reader) ([]*Document, error) {
	cr := NewCoNLLReader(r)
	var docs []*Document
	for {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		d, err := cr.Next()
		if err == io.EOF {
			return docs, nil
		}
		if err != nil {
			return nil, err
		}
		docs = append(docs, d)
	}
}

// WriteTagged writes doc back line for line with tags[s][i] appended as the
// last column of token i of sentence s.
func WriteTagged(w *bufio.Writer, doc *Document, tags [][]string) error {
	for _, l := range doc.Start {
		w.WriteString(l)
		w.WriteByte('\n')
	}
	for s, sent := range doc.Sentences {
		for i, l := range sent.Lines {
			w.WriteString(l)
			w.WriteByte(columnSeparator(l))
			w.WriteString(tags[s][i])
			w.WriteByte('\n')
		}
		for _, l := range sent.After {
			w.WriteString(l)
			w.WriteByte('\n')
		}
	}
	return w.Flush()
}

// Words returns the tokens of each sentence.
func (d *Document) Words() [][]string {
	out := make([][]string, len(d.Sentences))
	for i := range d.Sentences {
		out[i] = d.Sentences[i].Words
	}
	return out
}

// columnSeparator keeps the input's own column separator: a tab-separated
// line gets its tag after a tab, any other after a space.
func columnSeparator(line string) byte {
	if strings.ContainsRune(line, '\t') {
		return '\t'
	}
	return ' '
}
