package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/storyline-news/storyline"
)

// CompareItem is one line of a comparison gold file. A "quote" or "figure"
// item is one report of one article, as code-point offsets into the
// article's text in the events file (../shared, never copied here); items of
// one Group are one utterance or one quantity, and Agree is set on figure
// items. A "scope" item says that an event was annotated exhaustively for
// Scope ("quotes": every utterance two articles carry; "figures": every
// quantity two articles state differently): only such events are scored.
type CompareItem struct {
	Event   string `json:"event"`
	Kind    string `json:"kind"` // "quote", "figure" or "scope"
	Scope   string `json:"scope,omitempty"`
	Group   string `json:"group,omitempty"`
	Article string `json:"article,omitempty"`
	Start   int    `json:"start,omitempty"`
	End     int    `json:"end,omitempty"`
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
		switch {
		case it.Kind == "scope" && (it.Scope == "quotes" || it.Scope == "figures"):
		case (it.Kind == "quote" || it.Kind == "figure") && it.Start < it.End && it.Article != "" && it.Group != "":
		default:
			return nil, fmt.Errorf("%s:%d: want a scope (quotes|figures) or a quote or figure with article, group and start < end", path, n)
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
	// Notes explain the errors: the gold pairs the system missed and the
	// system pairs and disagreements the gold does not hold.
	Notes []string
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

// ScoreCompare scores the exported stories' comparisons against the gold.
// texts are the events file's texts by article id (what the gold offsets
// point into), eventOf each article's event, articles the exported articles
// (whose bodies the comparison's offsets point into). A gold item is found
// in the body by its words; a system report stands for it when their spans
// overlap in the same article.
//
// Quotes, over the events scoped for quotes: a gold pair is two articles
// whose reports share a group; a system pair is two articles' reports in
// one utterance; a system pair is right when both stand for items of one
// group that holds both articles (a report the quote stage ran across two
// utterances stands for both, as the trainer labels its pairs). Figures, over the events scoped for figures: a system disagreement
// is right when two of its values, from two articles, stand for items of
// one gold disagreement, which is then found.
func ScoreCompare(gold []CompareItem, texts, eventOf map[string]string, articles map[string]*storyline.Article, stories []*storyline.Story) CompareScore {
	groupsOf, unmapped := CompareGroups(gold, texts, articles)
	return ScoreCompareLabelled(gold, groupsOf, unmapped, eventOf, stories)
}

// ScoreCompareLabelled is ScoreCompare with the gold items already found
// in the bodies (CompareGroups), for a caller that scores one gold against
// many comparisons.
func ScoreCompareLabelled(gold []CompareItem, groupsOf func(kind, article string, start, end int) []string, unmapped int, eventOf map[string]string, stories []*storyline.Story) CompareScore {
	var sc CompareScore
	scope := map[string]map[string]bool{"quotes": {}, "figures": {}}
	for i := range gold {
		if it := &gold[i]; it.Kind == "scope" {
			scope[it.Scope][it.Event] = true
		}
	}
	sc.Unmapped = unmapped
	inScope := func(sc, article string) bool { return scope[sc][eventOf[article]] }
	goldPairs := map[string]map[[2]string]bool{}
	disagree := map[string]bool{}
	for i := range gold {
		it := &gold[i]
		key := it.Event + "/" + it.Group
		switch {
		case it.Kind == "quote" && scope["quotes"][it.Event]:
			if goldPairs[key] == nil {
				goldPairs[key] = map[[2]string]bool{}
			}
			for j := range gold {
				o := &gold[j]
				if o.Kind == "quote" && o.Event == it.Event && o.Group == it.Group && o.Article > it.Article {
					goldPairs[key][[2]string{it.Article, o.Article}] = true
				}
			}
		case it.Kind == "figure" && scope["figures"][it.Event] && it.Agree != nil && !*it.Agree:
			disagree[key] = true
		}
	}
	for _, ps := range goldPairs {
		sc.QuotePairsGold += len(ps)
	}
	sc.DisagreeGold = len(disagree)
	right := map[string]bool{}
	found := map[string]bool{}
	// seen says how the system holds each gold quote item (key: group and
	// article): in an utterance with other articles, or alone (single
	// source); a missed pair's note says it of both sides.
	seen := map[string]string{}
	for _, s := range stories {
		if s.Comparison == nil {
			continue
		}
		for _, it := range s.Comparison.SingleSource {
			for _, g := range groupsOf("quote", it.Article, it.Start, it.End) {
				if it.Kind == "quote" && seen[g+"|"+it.Article] == "" {
					seen[g+"|"+it.Article] = fmt.Sprintf("alone %q", clip(it.Text))
				}
			}
		}
		for _, u := range s.Comparison.Quotes {
			for _, r := range u.Reports {
				for _, g := range groupsOf("quote", r.Article, r.Start, r.End) {
					seen[g+"|"+r.Article] = fmt.Sprintf("grouped %q", clip(r.Text))
				}
			}
			for a := 0; a < len(u.Reports); a++ {
				for b := a + 1; b < len(u.Reports); b++ {
					ra, rb := u.Reports[a], u.Reports[b]
					if ra.Article == rb.Article || !inScope("quotes", ra.Article) && !inScope("quotes", rb.Article) {
						continue
					}
					sc.QuotePairsSys++
					pair := [2]string{min(ra.Article, rb.Article), max(ra.Article, rb.Article)}
					ga := groupsOf("quote", ra.Article, ra.Start, ra.End)
					gb := groupsOf("quote", rb.Article, rb.Start, rb.End)
					// the first gold utterance both stand for that holds the
					// pair and is not counted yet, else one that is (a second
					// system pair of one gold pair: neither right nor false)
					both := ""
					for _, g := range ga {
						if slices.Contains(gb, g) && goldPairs[g][pair] {
							if both = g; !right[g+"|"+pair[0]+"|"+pair[1]] {
								break
							}
						}
					}
					switch key := both + "|" + pair[0] + "|" + pair[1]; {
					case both != "" && !right[key]:
						right[key] = true
						sc.QuotePairsBoth++
					case both == "":
						sc.Notes = append(sc.Notes, fmt.Sprintf("false pair (%s | %s): %s %q ~ %s %q", strings.Join(ga, ","), strings.Join(gb, ","), ra.Article, clip(ra.Text), rb.Article, clip(rb.Text)))
					}
				}
			}
		}
		for _, f := range s.Comparison.Figures {
			if f.Agree || !anyValueIn(f.Values, func(a string) bool { return inScope("figures", a) }) {
				continue
			}
			sc.DisagreeSys++
			arts := map[string]map[string]bool{}
			for _, v := range f.Values {
				for _, g := range groupsOf("figure", v.Article, v.Start, v.End) {
					if !disagree[g] {
						continue
					}
					if arts[g] == nil {
						arts[g] = map[string]bool{}
					}
					arts[g][v.Article] = true
				}
			}
			hit := false
			for g, as := range arts {
				if len(as) >= 2 {
					hit, found[g] = true, true
				}
			}
			if hit {
				sc.DisagreeSysRight++
			} else {
				sc.Notes = append(sc.Notes, fmt.Sprintf("false disagreement %s: %+v", f.What, f.Values))
			}
		}
	}
	sc.DisagreeFound = len(found)
	for g, ps := range goldPairs {
		for p := range ps {
			if !right[g+"|"+p[0]+"|"+p[1]] {
				held := func(a string) string {
					if h := seen[g+"|"+a]; h != "" {
						return h
					}
					return "no quote"
				}
				sc.Notes = append(sc.Notes, fmt.Sprintf("missed pair %s: %s (%s) ~ %s (%s)", g, p[0], held(p[0]), p[1], held(p[1])))
			}
		}
	}
	for g := range disagree {
		if !found[g] {
			sc.Notes = append(sc.Notes, "missed disagreement "+g)
		}
	}
	sort.Strings(sc.Notes)
	return sc
}

// CompareGroups finds the gold items in the exported bodies and returns
// the gold keys (event/group) of every item of kind in article that
// overlaps start..end, in gold order (a quotation the quote stage ran
// across two utterances, "X," he said. "Y.", overlaps both), and how many
// items the bodies lack.
func CompareGroups(gold []CompareItem, texts map[string]string, articles map[string]*storyline.Article) (func(kind, article string, start, end int) []string, int) {
	type located struct {
		it *CompareItem
		sp storyline.Span
	}
	byArticle := map[string][]located{}
	unmapped := 0
	for i := range gold {
		it := &gold[i]
		if it.Kind == "scope" {
			continue
		}
		sp, ok := locate(texts[it.Article], articles[it.Article], it.Start, it.End)
		if !ok {
			unmapped++
			continue
		}
		byArticle[it.Article] = append(byArticle[it.Article], located{it, sp})
	}
	return func(kind, article string, start, end int) []string {
		s := storyline.Span{Start: start, End: end}
		var out []string
		for _, l := range byArticle[article] {
			if l.it.Kind == kind && l.sp.Overlaps(s) {
				out = append(out, l.it.Event+"/"+l.it.Group)
			}
		}
		return out
	}, unmapped
}

func clip(s string) string {
	if r := []rune(s); len(r) > 90 {
		return string(r[:90]) + "…"
	}
	return s
}

func anyValueIn(vs []storyline.FigureValue, in func(string) bool) bool {
	for _, v := range vs {
		if in(v.Article) {
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
