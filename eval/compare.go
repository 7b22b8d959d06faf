package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/storyline-news/storyline"
)

// CompareItem is one hand-annotated report of a story comparison: a quote
// or a figure of one article, as code-point offsets into the article's text
// in the events file (../shared, never copied here). Items of one Group are
// one utterance or one quantity; Agree is set on figure items.
type CompareItem struct {
	Event   string `json:"event"`
	Kind    string `json:"kind"` // "quote" or "figure"
	Group   string `json:"group"`
	Article string `json:"article"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Agree   *bool  `json:"agree,omitempty"`
}

// ReadCompareGold reads a comparison gold file (JSON Lines of CompareItem).
func ReadCompareGold(path string) ([]CompareItem, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []CompareItem
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var it CompareItem
		if err := json.Unmarshal(sc.Bytes(), &it); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, n, err)
		}
		if it.Kind != "quote" && it.Kind != "figure" || it.Start >= it.End {
			return nil, fmt.Errorf("%s:%d: want kind quote or figure and start < end", path, n)
		}
		out = append(out, it)
	}
	return out, sc.Err()
}

// CompareScore is the comparison benchmark: pairwise precision and recall of
// quote grouping, and precision and recall of disagreeing figures.
type CompareScore struct {
	QuotePairsGold, QuotePairsSys, QuotePairsBoth int
	DisagreeGold, DisagreeSys, DisagreeFound      int
	DisagreeSysRight                              int
	Unmapped                                      int // gold items whose words the exported body lacks
}

func (s CompareScore) QuoteP() float64  { return ratio(s.QuotePairsBoth, s.QuotePairsSys) }
func (s CompareScore) QuoteR() float64  { return ratio(s.QuotePairsBoth, s.QuotePairsGold) }
func (s CompareScore) QuoteF1() float64 { return f1PR(s.QuoteP(), s.QuoteR()) }
func (s CompareScore) FigureP() float64 { return ratio(s.DisagreeSysRight, s.DisagreeSys) }
func (s CompareScore) FigureR() float64 { return ratio(s.DisagreeFound, s.DisagreeGold) }

func f1PR(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// ScoreCompare scores the exported stories' comparisons against the gold
// items of the given events. texts are the events file's texts (what the
// gold offsets point into), articles the exported articles (whose bodies
// the comparison's offsets point into). A gold item is found in the body
// by its words; a system report matches it when their spans overlap in the
// same article. Quote precision counts every pair of reports the system
// puts in one utterance within the annotated events (the annotation lists
// every utterance two outlets carry); a system disagreement is right when
// two of its values match two values of one gold disagreement.
func ScoreCompare(gold []CompareItem, texts map[string]string, articles map[string]*storyline.Article, stories []*storyline.Story) CompareScore {
	var sc CompareScore
	events := map[string]bool{}
	inEvent := map[string]bool{}
	spans := map[*CompareItem]storyline.Span{}
	for i := range gold {
		it := &gold[i]
		events[it.Event] = true
		inEvent[it.Article] = true
		sp, ok := locate(texts[it.Article], articles[it.Article], it.Start, it.End)
		if !ok {
			sc.Unmapped++
			continue
		}
		spans[it] = sp
	}
	goldOf := func(kind, article string, s storyline.Span) string {
		for it, sp := range spans {
			if it.Kind == kind && it.Article == article && sp.Overlaps(s) {
				return it.Event + "/" + it.Group
			}
		}
		return ""
	}
	// quotes: gold pairs, system pairs, pairs in both
	groups := map[string][]*CompareItem{}
	for i := range gold {
		if gold[i].Kind == "quote" {
			k := gold[i].Event + "/" + gold[i].Group
			groups[k] = append(groups[k], &gold[i])
		}
	}
	for _, g := range groups {
		sc.QuotePairsGold += len(g) * (len(g) - 1) / 2
	}
	disagree := map[string]bool{}
	for i := range gold {
		if gold[i].Kind == "figure" && gold[i].Agree != nil && !*gold[i].Agree {
			disagree[gold[i].Event+"/"+gold[i].Group] = true
		}
	}
	sc.DisagreeGold = len(disagree)
	found := map[string]bool{}
	for _, s := range stories {
		if s.Comparison == nil || !anyIn(s.Articles, inEvent) {
			continue
		}
		for _, u := range s.Comparison.Quotes {
			for a := 0; a < len(u.Reports); a++ {
				for b := a + 1; b < len(u.Reports); b++ {
					ra, rb := u.Reports[a], u.Reports[b]
					if !inEvent[ra.Article] || !inEvent[rb.Article] {
						continue
					}
					sc.QuotePairsSys++
					ga := goldOf("quote", ra.Article, storyline.Span{Start: ra.Start, End: ra.End})
					if ga != "" && ga == goldOf("quote", rb.Article, storyline.Span{Start: rb.Start, End: rb.End}) {
						sc.QuotePairsBoth++
					}
				}
			}
		}
		for _, f := range s.Comparison.Figures {
			if f.Agree {
				continue
			}
			sc.DisagreeSys++
			hits := map[string]int{}
			for _, v := range f.Values {
				if g := goldOf("figure", v.Article, storyline.Span{Start: v.Start, End: v.End}); disagree[g] {
					hits[g]++
				}
			}
			right := false
			for g, n := range hits {
				if n >= 2 {
					right, found[g] = true, true
				}
			}
			if right {
				sc.DisagreeSysRight++
			}
		}
	}
	sc.DisagreeFound = len(found)
	return sc
}

func anyIn(ids []string, set map[string]bool) bool {
	for _, id := range ids {
		if set[id] {
			return true
		}
	}
	return false
}

// locate finds the gold item's words (text[start:end], code points) in the
// exported body, white space aside, and returns their span there.
func locate(text string, a *storyline.Article, start, end int) (storyline.Span, bool) {
	r := []rune(text)
	if a == nil || start < 0 || end > len(r) || start >= end {
		return storyline.Span{}, false
	}
	want := strings.Join(strings.Fields(string(r[start:end])), " ")
	body := a.Body
	if i := strings.Index(body, want); i >= 0 {
		s := utf8.RuneCountInString(body[:i])
		return storyline.Span{Start: s, End: s + utf8.RuneCountInString(want)}, true
	}
	return storyline.Span{}, false
}
