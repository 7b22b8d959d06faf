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
	var segs []segment
	for i := 0; i+1 < len(bounds); i++ {
		s, e := bounds[i], bounds[i+1]
		seg := segment{Text: string(body[s:e])}
		for _, an := range anns {
			if an.start > s || an.end < e {
				continue
			}
			if an.quote != nil && !seg.Quote {
				seg.Quote, seg.Speaker = true, an.quote.Speaker
			}
			if an.entity != nil && seg.Entity == "" {
				seg.Entity, seg.EntityType = an.entity.Name, an.entity.Type
			}
		}
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
