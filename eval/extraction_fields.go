package eval

import (
	"strings"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
)

// FieldScores are M4's three figures for one field (title or author) over
// the records whose gold is non-null.
type FieldScores struct {
	N                    int
	Exact, Norm, TokenF1 float64
}

// FieldPair is one record's gold and predicted value.
type FieldPair struct{ Gold, Pred string }

// ScoreFields computes exact match, normalised match and mean token F1.
func ScoreFields(pairs []FieldPair) FieldScores {
	s := FieldScores{N: len(pairs)}
	if len(pairs) == 0 {
		return s
	}
	for _, p := range pairs {
		if p.Gold == p.Pred {
			s.Exact++
		}
		if NormField(p.Gold) == NormField(p.Pred) {
			s.Norm++
		}
		s.TokenF1 += TokenF1(p.Gold, p.Pred)
	}
	n := float64(len(pairs))
	s.Exact, s.Norm, s.TokenF1 = s.Exact/n, s.Norm/n, s.TokenF1/n
	return s
}

var quoteFolder = strings.NewReplacer("“", `"`, "”", `"`, "„", `"`, "«", `"`, "»", `"`, "‘", "'", "’", "'", "‚", "'")

// NormField is M4's normal form: NFKC, casefold, one style of quotes and
// collapsed white space.
func NormField(s string) string {
	s = norm.NFKC.String(s)
	s = cases.Fold().String(s)
	s = quoteFolder.Replace(s)
	return strings.Join(strings.Fields(s), " ")
}

// TokenF1 is the F1 of the casefolded word-token multisets of two strings.
func TokenF1(gold, pred string) float64 {
	g, p := Tokens(cases.Fold().String(gold)), Tokens(cases.Fold().String(pred))
	if len(g) == 0 && len(p) == 0 {
		return 1
	}
	if len(g) == 0 || len(p) == 0 {
		return 0
	}
	count := map[string]int{}
	for _, t := range g {
		count[t]++
	}
	common := 0
	for _, t := range p {
		if count[t] > 0 {
			count[t]--
			common++
		}
	}
	if common == 0 {
		return 0
	}
	prec, rec := float64(common)/float64(len(p)), float64(common)/float64(len(g))
	return 2 * prec * rec / (prec + rec)
}
