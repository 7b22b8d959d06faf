package eval

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

// NERCounts are the entity counts behind conlleval's precision and recall.
type NERCounts struct{ Correct, Pred, Gold int }

// P is the precision: correct / predicted entities.
func (c NERCounts) P() float64 { return nerRatio(c.Correct, c.Pred) }

// R is the recall: correct / gold entities.
func (c NERCounts) R() float64 { return nerRatio(c.Correct, c.Gold) }

// F1 is the harmonic mean of P and R.
func (c NERCounts) F1() float64 { return nerRatio(2*c.Correct, c.Pred+c.Gold) }

func nerRatio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// NERScores is the conlleval report over a set of sentences: entities match
// when start token, end token and type are all equal; Untyped ignores the type.
type NERScores struct {
	Overall NERCounts
	Untyped NERCounts
	ByType  map[string]NERCounts
	Tokens  int // scored tokens
	Agree   int // tokens whose tag equals the gold tag
}

// NEREntity is one chunk of an IOB2 sequence: tokens [Start,End) of Type.
type NEREntity struct {
	Start, End int
	Type       string
}

// NEREntities returns the chunks of an IOB2 (or IOB1) tag sequence, the
// conlleval way: a chunk starts at B-X, or at an I-X that does not continue
// an X chunk, and runs through the following I-X tags.
func NEREntities(tags []string) []NEREntity {
	var out []NEREntity
	for i := 0; i < len(tags); i++ {
		typ, ok := chunkType(tags[i])
		if !ok {
			continue
		}
		j := i + 1
		for j < len(tags) && strings.HasPrefix(tags[j], "I-") && tags[j][2:] == typ {
			j++
		}
		out = append(out, NEREntity{i, j, typ})
		i = j - 1
	}
	return out
}

func chunkType(tag string) (string, bool) {
	if len(tag) < 3 || tag[1] != '-' || (tag[0] != 'B' && tag[0] != 'I') {
		return "", false
	}
	return tag[2:], true
}

// AddSentence scores one sentence; gold and pred must have one tag per token.
func (s *NERScores) AddSentence(gold, pred []string) error {
	if len(gold) != len(pred) {
		return fmt.Errorf("eval.ner: %d gold tags but %d predicted", len(gold), len(pred))
	}
	if s.ByType == nil {
		s.ByType = map[string]NERCounts{}
	}
	s.Tokens += len(gold)
	for i := range gold {
		if gold[i] == pred[i] {
			s.Agree++
		}
	}
	g, p := NEREntities(gold), NEREntities(pred)
	typed := make(map[NEREntity]bool, len(g))
	untyped := make(map[[2]int]bool, len(g))
	for _, e := range g {
		typed[e] = true
		untyped[[2]int{e.Start, e.End}] = true
		s.count(e.Type, 0, 0, 1)
	}
	for _, e := range p {
		c := 0
		if typed[e] {
			c = 1
		}
		if untyped[[2]int{e.Start, e.End}] {
			s.Untyped.Correct++
		}
		s.count(e.Type, c, 1, 0)
	}
	s.Untyped.Pred += len(p)
	s.Untyped.Gold += len(g)
	return nil
}

func (s *NERScores) count(typ string, correct, pred, gold int) {
	c := s.ByType[typ]
	c.Correct += correct
	c.Pred += pred
	c.Gold += gold
	s.ByType[typ] = c
	s.Overall.Correct += correct
	s.Overall.Pred += pred
	s.Overall.Gold += gold
}

// Write prints the report in conlleval's layout, percentages.
func (s *NERScores) Write(w io.Writer) error {
	fmt.Fprintf(w, "processed %d tokens with %d phrases; found: %d phrases; correct: %d.\n",
		s.Tokens, s.Overall.Gold, s.Overall.Pred, s.Overall.Correct)
	fmt.Fprintf(w, "accuracy: %6.2f%%; precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f\n",
		100*nerRatio(s.Agree, s.Tokens), 100*s.Overall.P(), 100*s.Overall.R(), 100*s.Overall.F1())
	types := make([]string, 0, len(s.ByType))
	for t := range s.ByType {
		types = append(types, t)
	}
	sort.Strings(types)
	for _, t := range types {
		c := s.ByType[t]
		fmt.Fprintf(w, "%17s: precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f  %d\n", t, 100*c.P(), 100*c.R(), 100*c.F1(), c.Pred)
	}
	_, err := fmt.Fprintf(w, "%17s: precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f\n", "untyped", 100*s.Untyped.P(), 100*s.Untyped.R(), 100*s.Untyped.F1())
	return err
}
