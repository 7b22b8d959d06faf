// Package eval holds the benchmark metrics the `storyline eval` commands
// print, each reimplemented exactly as the benchmark's README defines it.
package eval

import (
	"math"
	"math/rand/v2"
	"strings"
	"unicode"
)

// Tokens are the maximal runs of word characters (Python's \w on the
// benchmark: letters, numbers and underscore), case kept.
func Tokens(s string) []string {
	var out []string
	start := -1
	for i, r := range s {
		w := unicode.IsLetter(r) || unicode.IsNumber(r) || r == '_'
		switch {
		case w && start < 0:
			start = i
		case !w && start >= 0:
			out = append(out, s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

// shingles is the multiset of 4-grams of consecutive tokens; 1-3 tokens make
// one shingle of them all, no tokens none.
func shingles(toks []string) map[string]int {
	m := map[string]int{}
	if len(toks) == 0 {
		return m
	}
	if len(toks) < 4 {
		m[strings.Join(toks, "\x00")]++
		return m
	}
	for i := 0; i+4 <= len(toks); i++ {
		m[strings.Join(toks[i:i+4], "\x00")]++
	}
	return m
}

// BodyDoc is one page's gold body and predicted body (M1).
type BodyDoc struct {
	ID         string
	Gold, Pred string
}

// BodyResult is one document's M1 score.
type BodyResult struct {
	Precision, Recall float64
	HasPred, HasGold  bool // whether each side has at least one shingle
	Exact             bool // token sequences equal
}

// ScoreBody scores one document as Scrapinghub's evaluate.py does.
func ScoreBody(gold, pred string) BodyResult {
	gt, pt := Tokens(gold), Tokens(pred)
	g, p := shingles(gt), shingles(pt)
	var tp, fp, fn int
	for s, pc := range p {
		gc := g[s]
		tp += min(gc, pc)
		fp += max(0, pc-gc)
	}
	for s, gc := range g {
		fn += max(0, gc-p[s])
	}
	r := BodyResult{HasPred: len(p) > 0, HasGold: len(g) > 0, Exact: equalTokens(gt, pt)}
	switch {
	case fp == 0 && fn == 0:
		r.Precision, r.Recall = 1, 1
	default:
		if tp+fp > 0 {
			r.Precision = float64(tp) / float64(tp+fp)
		}
		if tp+fn > 0 {
			r.Recall = float64(tp) / float64(tp+fn)
		}
	}
	return r
}

func equalTokens(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// BodyScores are the corpus-level M1 figures with bootstrap standard deviations.
type BodyScores struct {
	N                     int
	P, R, F1, Acc         float64
	PSD, RSD, F1SD, AccSD float64
}

// ScoreBodies averages per-document results: P over documents with a
// non-empty prediction, R over documents with a non-empty gold, F1 from the
// two means, and the SDs over `resamples` bootstrap draws seeded by seed.
func ScoreBodies(results []BodyResult, resamples int, seed uint64) BodyScores {
	s := BodyScores{N: len(results)}
	s.P, s.R, s.F1, s.Acc = bodyMeans(results)
	if resamples <= 1 || len(results) == 0 {
		return s
	}
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	var ps, rs, fs, as []float64
	sample := make([]BodyResult, len(results))
	for range resamples {
		for i := range sample {
			sample[i] = results[rng.IntN(len(results))]
		}
		p, r, f, a := bodyMeans(sample)
		ps, rs, fs, as = append(ps, p), append(rs, r), append(fs, f), append(as, a)
	}
	s.PSD, s.RSD, s.F1SD, s.AccSD = sd(ps), sd(rs), sd(fs), sd(as)
	return s
}

func bodyMeans(rs []BodyResult) (p, r, f1, acc float64) {
	var np, nr, na int
	for _, x := range rs {
		if x.HasPred {
			p += x.Precision
			np++
		}
		if x.HasGold {
			r += x.Recall
			nr++
		}
		if x.Exact {
			na++
		}
	}
	if np > 0 {
		p /= float64(np)
	}
	if nr > 0 {
		r /= float64(nr)
	}
	if p+r > 0 {
		f1 = 2 * p * r / (p + r)
	}
	if len(rs) > 0 {
		acc = float64(na) / float64(len(rs))
	}
	return p, r, f1, acc
}

func sd(xs []float64) float64 {
	if len(xs) < 2 {
		return 0
	}
	var m float64
	for _, x := range xs {
		m += x
	}
	m /= float64(len(xs))
	var v float64
	for _, x := range xs {
		v += (x - m) * (x - m)
	}
	return math.Sqrt(v / float64(len(xs)))
}
