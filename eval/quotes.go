package eval

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/storyline-news/storyline"
)

// QuoteGoldDoc is one article of the PolNeAR JSON Lines gold
// (shared/data/quotes/README.md): its text and every attribution in it.
type QuoteGoldDoc struct {
	DocID  string      `json:"doc_id"`
	Title  string      `json:"title"`
	Text   string      `json:"text"`
	Quotes []GoldQuote `json:"quotes"`
}

// GoldQuote is one attribution relation. Offsets count code points in the
// article text, end exclusive.
type GoldQuote struct {
	Spans            [][2]int `json:"spans"`
	Start            int      `json:"start"`
	End              int      `json:"end"`
	Quote            string   `json:"quote"`
	Speaker          *string  `json:"speaker"`
	SpeakerStart     *int     `json:"speaker_start"`
	SpeakerIsPronoun bool     `json:"speaker_is_pronoun"`
	Cue              *string  `json:"cue"`
	Kind             string   `json:"kind"`
	QuoteInner       *string  `json:"quote_inner"`
	SpeakerCoref     *string  `json:"speaker_coref_corenlp"`
}

// ReadQuoteGold reads PolNeAR-format gold, one article a line.
func ReadQuoteGold(ctx context.Context, r io.Reader) ([]QuoteGoldDoc, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	var docs []QuoteGoldDoc
	for line := 1; sc.Scan(); line++ {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var d QuoteGoldDoc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			return nil, fmt.Errorf("quote gold line %d: %w", line, err)
		}
		docs = append(docs, d)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read quote gold: %w", err)
	}
	return docs, nil
}

// QuotePRF counts one span-detection table: predictions, gold items and the
// true positives among them.
type QuotePRF struct{ TP, Pred, Gold int }

// P is TP / predictions.
func (c QuotePRF) P() float64 { return quoteRatio(c.TP, c.Pred) }

// R is TP / gold items.
func (c QuotePRF) R() float64 { return quoteRatio(c.TP, c.Gold) }

// F1 is the harmonic mean of P and R.
func (c QuotePRF) F1() float64 { return quoteRatio(2*c.TP, c.Pred+c.Gold) }

// QuoteAcc is a correct / total count.
type QuoteAcc struct{ Correct, Total int }

// Value is Correct / Total, 0 when empty.
func (a QuoteAcc) Value() float64 { return quoteRatio(a.Correct, a.Total) }

func (a *QuoteAcc) add(ok bool) {
	a.Total++
	if ok {
		a.Correct++
	}
}

func quoteRatio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// QuoteSubset is every metric of the README for one selection of quotes
// (direct+partial, or all attributions).
type QuoteSubset struct {
	Overlap, Exact, EndToEnd QuotePRF
	// TokenF1Sum sums the token-overlap F1 of matched pairs; its mean is
	// TokenF1Sum / Overlap.TP.
	TokenF1Sum float64
	// Speaker is over matched pairs whose gold speaker is not null, split by
	// whether the gold source is a pronoun.
	Speaker, SpeakerName, SpeakerPronoun QuoteAcc
	// SpeakerOracle is the same pairs scored as if the best of the article's
	// names had been picked for each: the ceiling of Speaker for any system
	// whose speakers are among those names.
	SpeakerOracle, OracleName, OraclePronoun QuoteAcc
	// SpeakerCeiling counts the pairs any system whose speakers are names
	// could get right: those whose gold or silver source ends in a name
	// (see NameShaped), those a name of the article matches, and those the
	// prediction got right. The rest have sources such as "the president"
	// or "a Homeland Security memo" that no name matches.
	SpeakerCeiling QuoteAcc
	Cue            QuoteAcc
}

// QuoteScores is the PolNeAR quote benchmark over a set of articles.
type QuoteScores struct {
	Marked QuoteSubset // kind direct or partial, on both sides
	All    QuoteSubset
	Docs   int
}

// Add scores the predictions for one article against its gold; names are
// the PERSON and ORG names of the article, for the speaker oracle.
func (s *QuoteScores) Add(text string, gold []GoldQuote, pred []storyline.Quote, names []string) {
	s.Docs++
	body := []rune(text)
	var gm []GoldQuote
	var pm []storyline.Quote
	for _, g := range gold {
		if g.Kind == "direct" || g.Kind == "partial" {
			gm = append(gm, g)
		}
	}
	for _, p := range pred {
		if p.Kind == storyline.QuoteDirect || p.Kind == storyline.QuotePartial {
			pm = append(pm, p)
		}
	}
	s.Marked.add(body, gm, pm, names)
	s.All.add(body, gold, pred, names)
}

func (s *QuoteSubset) add(body []rune, gold []GoldQuote, pred []storyline.Quote, names []string) {
	s.Overlap.Pred += len(pred)
	s.Overlap.Gold += len(gold)
	s.Exact.Pred += len(pred)
	s.Exact.Gold += len(gold)
	s.EndToEnd.Pred += len(pred)
	s.EndToEnd.Gold += len(gold)
	targets := make([][][2]int, len(gold))
	for i, g := range gold {
		targets[i] = QuoteTarget(body, g)
	}
	for _, m := range matchQuotes(targets, pred) {
		g, p := gold[m.gold], pred[m.pred]
		s.Overlap.TP++
		s.TokenF1Sum += quoteTokenF1(p.Text, goldInner(body, g))
		if g.Cue != nil {
			s.Cue.add(strings.EqualFold(strings.TrimSpace(*g.Cue), strings.TrimSpace(p.Cue)))
		}
		if g.Speaker == nil {
			continue
		}
		ok := SpeakerCorrect(p.Speaker, *g.Speaker, g.SpeakerCoref)
		s.Speaker.add(ok)
		reachable := slices.ContainsFunc(names, func(n string) bool { return SpeakerCorrect(n, *g.Speaker, g.SpeakerCoref) })
		s.SpeakerOracle.add(reachable)
		s.SpeakerCeiling.add(ok || reachable || NameShaped(*g.Speaker) || g.SpeakerCoref != nil && NameShaped(*g.SpeakerCoref))
		if g.SpeakerIsPronoun {
			s.SpeakerPronoun.add(ok)
			s.OraclePronoun.add(reachable)
		} else {
			s.SpeakerName.add(ok)
			s.OracleName.add(reachable)
		}
		if ok {
			s.EndToEnd.TP++
		}
	}
	s.Exact.TP += exactMatches(body, gold, targets, pred)
}

func clampSpan(i, n int) int { return max(0, min(i, n)) }

// QuoteTarget is the part of a gold item a prediction must cover: the content
// fragments, or for a partial quote the quoted segments inside them (marks
// included), since a predicted quote is the words inside the marks.
func QuoteTarget(body []rune, g GoldQuote) [][2]int {
	if g.Kind != "partial" {
		return g.Spans
	}
	var out [][2]int
	for _, f := range g.Spans {
		out = append(out, quotedSegments(body, f)...)
	}
	if len(out) == 0 {
		return g.Spans
	}
	return out
}

// quotedSegments finds paired double quotation marks inside the fragment,
// falling back to single curly marks (headlines use ‘…’).
func quotedSegments(body []rune, f [2]int) [][2]int {
	if segs := pairMarks(body, f, func(r rune) (open, close bool) {
		switch r {
		case '“':
			return true, false
		case '”':
			return false, true
		case '"':
			return true, true
		}
		return false, false
	}); len(segs) > 0 {
		return segs
	}
	return pairMarks(body, f, func(r rune) (open, close bool) {
		return r == '‘', r == '’'
	})
}

func pairMarks(body []rune, f [2]int, kind func(rune) (bool, bool)) [][2]int {
	var out [][2]int
	open := -1
	for i := max(f[0], 0); i < f[1] && i < len(body); i++ {
		o, c := kind(body[i])
		switch {
		case open >= 0 && c:
			out = append(out, [2]int{open, i + 1})
			open = -1
		case open < 0 && o:
			open = i
		}
	}
	return out
}

type quoteMatch struct{ gold, pred int }

// matchQuotes pairs gold and predictions one-to-one, greedily by overlap, and
// keeps the pairs whose overlap covers at least half of the gold target, or
// half of one of its segments.
func matchQuotes(targets [][][2]int, pred []storyline.Quote) []quoteMatch {
	type cand struct {
		quoteMatch
		shared int
	}
	var cands []cand
	for gi, t := range targets {
		for pi, p := range pred {
			shared, ok := coversHalf(t, p)
			if ok {
				cands = append(cands, cand{quoteMatch{gi, pi}, shared})
			}
		}
	}
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].shared > cands[j].shared })
	usedG, usedP := map[int]bool{}, map[int]bool{}
	var out []quoteMatch
	for _, c := range cands {
		if usedG[c.gold] || usedP[c.pred] {
			continue
		}
		usedG[c.gold], usedP[c.pred] = true, true
		out = append(out, c.quoteMatch)
	}
	return out
}

// QuoteMatches pairs gold targets (see QuoteTarget) and predictions as the
// benchmark does, one-to-one and greedily by overlap: each pair is the
// index of a gold item and of the prediction it matched.
func QuoteMatches(targets [][][2]int, pred []storyline.Quote) [][2]int {
	ms := matchQuotes(targets, pred)
	out := make([][2]int, len(ms))
	for i, m := range ms {
		out[i] = [2]int{m.gold, m.pred}
	}
	return out
}

// QuoteOverlapTP is the number of span-overlap matches between the gold
// targets of an article (see QuoteTarget) and the predictions: the TP of
// QuoteSubset.Overlap.
func QuoteOverlapTP(targets [][][2]int, pred []storyline.Quote) int {
	return len(matchQuotes(targets, pred))
}

// QuoteCovers reports whether a prediction covers a gold target (see
// QuoteTarget) by the benchmark's matching rule: half of the target, or half
// of one of its segments.
func QuoteCovers(target [][2]int, p storyline.Quote) bool {
	_, ok := coversHalf(target, p)
	return ok
}

func coversHalf(target [][2]int, p storyline.Quote) (int, bool) {
	shared, total, half := 0, 0, false
	for _, f := range target {
		n := max(0, min(f[1], p.End)-max(f[0], p.Start))
		shared += n
		total += f[1] - f[0]
		if f[1] > f[0] && 2*n >= f[1]-f[0] {
			half = true
		}
	}
	return shared, shared > 0 && (half || 2*shared >= total)
}

// exactMatches counts predictions whose boundaries equal a gold item's once
// outer marks, white space and trailing ",." are ignored, one-to-one.
func exactMatches(body []rune, gold []GoldQuote, targets [][][2]int, pred []storyline.Quote) int {
	used := map[int]bool{}
	n := 0
	for _, p := range pred {
		ps, pe := trimBounds(body, p.Start, p.End)
		for gi, g := range gold {
			if used[gi] || !exactGold(body, g, targets[gi], ps, pe) {
				continue
			}
			used[gi] = true
			n++
			break
		}
	}
	return n
}

func exactGold(body []rune, g GoldQuote, target [][2]int, ps, pe int) bool {
	cands := append([][2]int{{g.Start, g.End}}, target...)
	if len(target) > 0 {
		cands = append(cands, [2]int{target[0][0], target[len(target)-1][1]})
	}
	for _, c := range cands {
		gs, ge := trimBounds(body, c[0], c[1])
		if gs == ps && ge == pe {
			return true
		}
	}
	return false
}

func isQuoteMark(r rune) bool { return strings.ContainsRune("\"“”‘’'«»", r) }

// trimBounds moves the boundaries inward past white space, quotation marks
// and trailing ",." until none is left.
func trimBounds(body []rune, s, e int) (int, int) {
	s, e = clampSpan(s, len(body)), clampSpan(e, len(body))
	for s < e {
		switch r := body[s]; {
		case unicode.IsSpace(r) || isQuoteMark(r):
			s++
			continue
		}
		r := body[e-1]
		if unicode.IsSpace(r) || isQuoteMark(r) || r == ',' || r == '.' {
			e--
			continue
		}
		break
	}
	return s, e
}

func goldInner(body []rune, g GoldQuote) string {
	if g.QuoteInner != nil {
		return *g.QuoteInner
	}
	var parts []string
	for _, f := range QuoteTarget(body, g) {
		parts = append(parts, string(body[clampSpan(f[0], len(body)):clampSpan(f[1], len(body))]))
	}
	return strings.Join(parts, " ")
}

// quoteTokenF1 is BBC Citron's token overlap: 2·|p∩g| / (|p|+|g|) over
// lower-cased word tokens counted as bags.
func quoteTokenF1(pred, gold string) float64 {
	pt, gt := quoteWords(pred), quoteWords(gold)
	if len(pt)+len(gt) == 0 {
		return 0
	}
	bag := map[string]int{}
	for _, w := range gt {
		bag[w]++
	}
	common := 0
	for _, w := range pt {
		if bag[w] > 0 {
			bag[w]--
			common++
		}
	}
	return 2 * float64(common) / float64(len(pt)+len(gt))
}

func quoteWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// Write prints both subsets as a plain-text report.
func (s *QuoteScores) Write(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "articles: %d\n", s.Docs)
	s.Marked.write(&b, "direct+partial")
	s.All.write(&b, "all attributions")
	_, err := io.WriteString(w, b.String())
	return err
}

func (s *QuoteSubset) write(b *strings.Builder, name string) {
	prf := func(label string, c QuotePRF) {
		fmt.Fprintf(b, "  %-22s P %.3f  R %.3f  F1 %.3f  (tp %d, pred %d, gold %d)\n", label, c.P(), c.R(), c.F1(), c.TP, c.Pred, c.Gold)
	}
	acc := func(label string, a QuoteAcc) {
		fmt.Fprintf(b, "  %-22s %.3f  (%d/%d)\n", label, a.Value(), a.Correct, a.Total)
	}
	fmt.Fprintf(b, "%s:\n", name)
	prf("span overlap", s.Overlap)
	prf("span exact", s.Exact)
	fmt.Fprintf(b, "  %-22s %.3f\n", "token overlap F1", quoteRatioF(s.TokenF1Sum, s.Overlap.TP))
	acc("speaker (all)", s.Speaker)
	acc("speaker (names)", s.SpeakerName)
	acc("speaker (pronouns)", s.SpeakerPronoun)
	acc("speaker oracle", s.SpeakerOracle)
	acc("  oracle (names)", s.OracleName)
	acc("  oracle (pronouns)", s.OraclePronoun)
	acc("speaker ceiling", s.SpeakerCeiling)
	prf("end-to-end", s.EndToEnd)
	acc("cue exact", s.Cue)
}

func quoteRatioF(a float64, b int) float64 {
	if b == 0 {
		return 0
	}
	return a / float64(b)
}
