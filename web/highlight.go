package web

import (
	"sort"

	"github.com/storyline-news/storyline"
)

// segment is a run of an article body with one set of annotations: the
// template escapes Text, so hostile text stays text whatever it holds.
type segment struct {
	Text       string
	Quote      bool
	Speaker    string // of the quote, "" if unattributed
	Entity     string
	EntityType storyline.EntityType
}

// highlight cuts the body at every entity mention and quote boundary (code
// point offsets) and labels each piece with the quote and entity covering
// it. Spans outside the body are ignored rather than trusted.
func highlight(a *storyline.Article) []segment {
	body := []rune(a.Body)
	n := len(body)
	valid := func(s, e int) bool { return 0 <= s && s < e && e <= n }
	type ann struct {
		start, end int
		quote      *storyline.Quote
		entity     *storyline.ArticleEntity
	}
	var anns []ann
	cuts := map[int]bool{0: true, n: true}
	for i := range a.Quotes {
		q := &a.Quotes[i]
		if valid(q.Start, q.End) {
			anns = append(anns, ann{start: q.Start, end: q.End, quote: q})
			cuts[q.Start], cuts[q.End] = true, true
		}
	}
	for i := range a.Entities {
		e := &a.Entities[i]
		for _, m := range e.Mentions {
			if valid(m.Start, m.End) {
				anns = append(anns, ann{start: m.Start, end: m.End, entity: e})
				cuts[m.Start], cuts[m.End] = true, true
			}
		}
	}
	bounds := make([]int, 0, len(cuts))
	for c := range cuts {
		bounds = append(bounds, c)
	}
	sort.Ints(bounds)
	index := make(map[int]int, len(bounds))
	for i, b := range bounds {
		index[b] = i
	}
	// Each annotation labels the pieces it covers that no earlier one of its
	// kind labelled: work in proportion to the pieces covered, not to
	// pieces times annotations (a long article has thousands of mentions).
	pieces := make([]segment, len(bounds)-1)
	for i := range pieces {
		pieces[i].Text = string(body[bounds[i]:bounds[i+1]])
	}
	for _, an := range anns {
		for k := index[an.start]; k < index[an.end]; k++ {
			p := &pieces[k]
			if an.quote != nil && !p.Quote {
				p.Quote, p.Speaker = true, an.quote.Speaker
			}
			if an.entity != nil && p.Entity == "" {
				p.Entity, p.EntityType = an.entity.Name, an.entity.Type
			}
		}
	}
	var segs []segment
	for _, seg := range pieces {
		if k := len(segs) - 1; k >= 0 && sameLabels(segs[k], seg) {
			segs[k].Text += seg.Text
			continue
		}
		segs = append(segs, seg)
	}
	return segs
}

func sameLabels(a, b segment) bool {
	return a.Quote == b.Quote && a.Speaker == b.Speaker && a.Entity == b.Entity && a.EntityType == b.EntityType
}
