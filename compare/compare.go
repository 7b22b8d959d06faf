// Package compare sets the sources of one story side by side at the level
// of their facts (CONTRACT.md, "comparison and timeline"): which outlets
// reported it, which utterances they quote and how each prints them, which
// figures they state and whether they agree, what only one outlet carries,
// and the dated happenings the articles mention, oldest first.
//
// It reads articles as the pipeline left them (quotes with speakers,
// resolved date mentions) and never a store: the caller loads the story's
// articles. Every text it reports is the article's own words at start..end
// of its body, in code points.
package compare

import (
	"sort"

	"github.com/storyline-news/storyline"
)

// Story fills s.Comparison and s.Timeline from the story's articles (in any
// order; those whose id s.Articles does not list are ignored when s lists
// any), with the tuned thresholds. A one-article story gets both too. A
// story of more than Options.MaxArticles articles has its quotes, figures
// and single-source items read from the first article of each source, then
// the earliest others (Comparison.Compared says how many): an item one of
// them alone carries may then stand in an article left out.
func Story(s *storyline.Story, articles []*storyline.Article) {
	StoryWith(s, articles, DefaultOptions())
}

// StoryWith is Story with other thresholds (for tuning).
func StoryWith(s *storyline.Story, articles []*storyline.Article, o Options) {
	arts := storyArticles(s, articles)
	c := &storyline.Comparison{Sources: sources(arts)}
	docs := make([]*doc, len(arts))
	for i, a := range arts {
		docs[i] = newDoc(a)
	}
	s.Timeline = nonNil(timeline(docs))
	if kept := compared(docs, o.MaxArticles); len(kept) < len(docs) {
		docs, c.Compared = kept, len(kept)
	}
	c.Quotes = utterances(docs, o)
	var single []storyline.SingleItem
	single = append(single, singleQuotes(c.Quotes)...)
	var loose []storyline.SingleItem
	c.Figures, loose = figures(docs, o)
	single = append(single, loose...)
	c.SingleSource = nonNil(single)
	c.Quotes = nonNil(c.Quotes)
	c.Figures = nonNil(c.Figures)
	s.Comparison = c
}

// compared is the documents a comparison reads, at most limit of them (0:
// all): the first of each source, then the earliest others, in the order
// of docs (publication order).
func compared(docs []*doc, limit int) []*doc {
	if limit <= 0 || len(docs) <= limit {
		return docs
	}
	keep := make([]bool, len(docs))
	n := 0
	seen := map[string]bool{}
	for i, d := range docs {
		if o := d.outlet(); !seen[o] && n < limit {
			seen[o], keep[i] = true, true
			n++
		}
	}
	for i := range docs {
		if n == limit {
			break
		}
		if !keep[i] {
			keep[i] = true
			n++
		}
	}
	out := make([]*doc, 0, limit)
	for i, d := range docs {
		if keep[i] {
			out = append(out, d)
		}
	}
	return out
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// storyArticles keeps the articles s lists (all when it lists none), in
// publication order (undated last), then id.
func storyArticles(s *storyline.Story, articles []*storyline.Article) []*storyline.Article {
	listed := map[string]bool{}
	for _, id := range s.Articles {
		listed[id] = true
	}
	seen := map[string]bool{}
	var out []*storyline.Article
	for _, a := range articles {
		if a == nil || seen[a.ID] || len(listed) > 0 && !listed[a.ID] {
			continue
		}
		seen[a.ID] = true
		out = append(out, a)
	}
	SortByDate(out)
	return out
}

// SortByDate orders articles by publication day, undated last, then id.
func SortByDate(arts []*storyline.Article) {
	sort.SliceStable(arts, func(i, j int) bool {
		a, b := arts[i], arts[j]
		if (a.Published == "") != (b.Published == "") {
			return a.Published != ""
		}
		if a.Published != b.Published {
			return a.Published < b.Published
		}
		return a.ID < b.ID
	})
}

// sources groups the articles by outlet, in order of first publication;
// articles that name no outlet are listed together under none.
func sources(arts []*storyline.Article) []storyline.StorySource {
	var out []storyline.StorySource
	at := map[string]int{}
	for _, a := range arts {
		i, ok := at[a.Source]
		if !ok {
			i = len(out)
			at[a.Source] = i
			out = append(out, storyline.StorySource{Source: a.Source})
		}
		out[i].Articles = append(out[i].Articles, a.ID)
		if p := a.Published; p != "" && (out[i].FirstPublished == "" || p < out[i].FirstPublished) {
			out[i].FirstPublished = p
		}
	}
	return nonNil(out)
}

// doc is one article with what the comparison reads from it.
type doc struct {
	a     *storyline.Article
	runes []rune
}

func newDoc(a *storyline.Article) *doc { return &doc{a: a, runes: []rune(a.Body)} }

// outlet is the key single_source counts sources by: the article's source,
// or the article itself when it names none.
func (d *doc) outlet() string { return storyline.Outlet(d.a.Source, d.a.ID) }

// span clips a span to the body; ok is false when nothing is left.
func (d *doc) span(s storyline.Span) (storyline.Span, bool) {
	s.Start = max(0, min(s.Start, len(d.runes)))
	s.End = max(s.Start, min(s.End, len(d.runes)))
	return s, s.End > s.Start
}

// report is the article's words at s.
func (d *doc) report(s storyline.Span) storyline.Report {
	return storyline.Report{Article: d.a.ID, Source: d.a.Source, Text: string(d.runes[s.Start:s.End]), Start: s.Start, End: s.End}
}
