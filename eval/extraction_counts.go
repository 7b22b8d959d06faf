package eval

import (
	"regexp"
	"strings"
	"sync"
)

// Counts are the confusion counts of M2 (snippets) and M3 (dates), summed
// over a corpus (micro average).
type Counts struct {
	TP, FP, FN, TN int
}

// Add sums two counts.
func (c Counts) Add(o Counts) Counts {
	return Counts{c.TP + o.TP, c.FP + o.FP, c.FN + o.FN, c.TN + o.TN}
}

// P is tp/(tp+fp), 0 when undefined; likewise R, Acc and F1 below.
func (c Counts) P() float64 { return ratio(c.TP, c.TP+c.FP) }

// R is tp/(tp+fn).
func (c Counts) R() float64 { return ratio(c.TP, c.TP+c.FN) }

// Acc is (tp+tn)/all.
func (c Counts) Acc() float64 { return ratio(c.TP+c.TN, c.TP+c.TN+c.FP+c.FN) }

// F1 is 2tp/(2tp+fp+fn).
func (c Counts) F1() float64 { return ratio(2*c.TP, 2*c.TP+c.FP+c.FN) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

var reSpaces = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`\s+`) })

func squash(s string) string { return strings.TrimSpace(reSpaces().ReplaceAllString(s, " ")) }

// ScoreSnippets counts one trafilatura document (M2): `with` snippets found
// in the output are tp, missing ones fn; `without` snippets found are fp,
// absent ones tn. A failed or empty output finds nothing.
func ScoreSnippets(with, without []string, output string, failed bool) Counts {
	var c Counts
	out := squash(output)
	ok := !failed && out != ""
	for _, s := range with {
		if ok && strings.Contains(out, squash(s)) {
			c.TP++
		} else {
			c.FN++
		}
	}
	for _, s := range without {
		if ok && strings.Contains(out, squash(s)) {
			c.FP++
		} else {
			c.TN++
		}
	}
	return c
}

// ScoreDate counts one page's predicted day against the gold (M3). gold ""
// is a null label, which counts as always wrong, as upstream does.
func ScoreDate(gold, pred string) Counts {
	switch {
	case pred == "":
		return Counts{FN: 1}
	case gold != "" && pred == gold:
		return Counts{TP: 1}
	default:
		return Counts{FP: 1}
	}
}
