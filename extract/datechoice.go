package extract

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"math"
	"strings"
	"sync"
	"time"

	htmldate "github.com/markusmobius/go-htmldate"

	"github.com/storyline-news/storyline"
)

const (
	srcText     = "text"     // the latest full date in the article's first paragraphs
	srcHTMLDate = "htmldate" // go-htmldate's answer (extensive mode, original date)
)

// The date of an HTML page is a learned choice among the days its
// statements name: go-htmldate's answer and each date statement of the
// page (meta tags, JSON-LD, <time>, the URL, the text around the headline,
// the lead, a date after a publication or update label, a short element
// marked as a date). Each distinct day is described by the sources that
// state it, by whether it is the latest or the earliest of them and by
// whether more sources state it than any other day, and a conditional
// logit (a softmax over the page's days, DateModel) scores them. When the
// best day's probability is below the model's Fallback, the evidence is
// weak and go-htmldate's answer stands. Cross-validation by site sets
// Fallback; on the extraction benchmark it chose 0.4 (level with none,
// 0.936; at 0.5-0.7 it gives up more right days than it saves).
//
// `storyline train date` fits the weights and chooses the regularisation
// and Fallback by cross-validation by site on the extraction benchmark (a
// site is kept whole in one fold, so the figure says how the choice does on
// sites it has never seen), and writes date.json, which the build embeds.

// htmlDays are the candidate sources of an HTML page, in the order of
// their features.
var htmlDays = newDaySources(srcHTMLDate, srcLDPublished, srcLDCreated, srcLDModified, srcMetaArticle,
	srcMetaDate, srcMetaModified, srcItemprop, srcTimePub, srcTimeFirst, srcURL, srcURLSlug, srcText, srcHead, srcAboveHead,
	srcLabelPub, srcLabelMod, srcClassDate)

// DateSources names the candidate sources in the order of their features
// (go-htmldate's answer first).
func DateSources() []string { return htmlDays.sourceNames() }

// The features of a candidate day after its sources, each only when the
// page has several days: the latest and the earliest of them, the day
// more sources state than any other day does (a plurality, not
// necessarily half of them; on a tie no day: the sources' weights alone
// cannot say that three agreeing sources outweigh one strong one on some
// pages and not on others); and, for the kinds of page that mark it
// (daySources.background), a day over backgroundGap older than the page's
// latest (what a lead recalls: "after the September 11, 2001 attacks").
const (
	featLatest = iota
	featEarliest
	featMost
	dateShapeFeatures
)

// backgroundGap is how much older than a page's latest day a day must be
// to be marked as background: a year, past any gap between an article's
// event, its publication and its update.
const backgroundGap = 365 * 24 * time.Hour

// DateFeatures is the number of features of a candidate day.
var DateFeatures = htmlDays.width()

//go:embed date.json
var dateJSON []byte

// DateModel weighs the features of a page's candidate days.
type DateModel struct {
	Features int       `json:"features"`
	Weights  []float64 `json:"weights"`
	// Fallback is the probability below which the chosen day yields to
	// go-htmldate's day.
	Fallback float64 `json:"fallback"`
	// L2 is the regularisation the weights were fitted with (a record of
	// the trainer's choice; the choice itself does not read it).
	L2 float64 `json:"l2"`
}

// dateModel is the embedded model, read on first use (not at package init:
// commands that read no page need no model); a model that does not fit this
// build's features is an error of the build, caught by the tests.
var dateModel = sync.OnceValue(func() DateModel { return loadDateModel(dateJSON, htmlDays) })

// loadDateModel reads a date model for the sources s from data; a model
// that does not fit them gives way to the prior: one vote per source and
// no fallback, a plain majority with the first source's day first on a
// tie.
func loadDateModel(data []byte, s daySources) DateModel {
	var m DateModel
	if err := json.Unmarshal(data, &m); err != nil || m.Features != s.width() || len(m.Weights) != s.width() {
		w := make([]float64, s.width())
		for i := range s.names {
			w[i] = 1
		}
		return DateModel{Features: s.width(), Weights: w}
	}
	return m
}

// DefaultDateModel is the embedded date model.
func DefaultDateModel() DateModel { return dateModel() }

// daySources names the sources of one kind of page's date candidates (an
// HTML page's, a text dump's), in the order of their features.
type daySources struct {
	names []string
	index map[string]int
	// background marks a day over backgroundGap older than the page's
	// latest (a feature after the shape features).
	background bool
	// none adds "no day" to each page's days: a row of zero features
	// against which a bias feature of every day learns how often the
	// page's best day is right at all, so that the day's probability is
	// a confidence even when it stands alone (where a softmax over the
	// days alone gives it 1). The choice is still among the days.
	none bool
}

func newDaySources(names ...string) daySources {
	s := daySources{names: names, index: make(map[string]int, len(names))}
	for i, n := range names {
		s.index[n] = i
	}
	return s
}

// withNone is s with "no day" among each page's days.
func (s daySources) withNone() daySources {
	s.none = true
	return s
}

// withBackground is s with background days marked.
func (s daySources) withBackground() daySources {
	s.background = true
	return s
}

// width is the number of features of a candidate day: its sources, its
// shape among the page's days, the background mark and the bias against
// "no day" if s has them.
func (s daySources) width() int {
	n := len(s.names) + dateShapeFeatures
	if s.background {
		n++
	}
	if s.none {
		n++
	}
	return n
}

func (s daySources) sourceNames() []string { return append([]string(nil), s.names...) }

// candDay is one distinct day and the sources that state it.
type candDay struct {
	day  time.Time
	at   *time.Time
	srcs []string
}

// groupDays merges the candidates by day, in order of first appearance
// (htmldate's day, when there is one, comes first).
func groupDays(cs []dateCand) []candDay {
	var out []candDay
	at := map[time.Time]int{}
	for _, c := range cs {
		i, ok := at[c.day]
		if !ok {
			i = len(out)
			at[c.day] = i
			out = append(out, candDay{day: c.day})
		}
		out[i].srcs = append(out[i].srcs, c.src)
		if out[i].at == nil && c.at != nil {
			out[i].at = c.at
		}
	}
	return out
}

// dayFeatures describes days[i].
func (s daySources) dayFeatures(days []candDay, i int) []float64 {
	f := make([]float64, s.width())
	for _, src := range days[i].srcs {
		f[s.index[src]] = 1
	}
	if len(days) > 1 {
		latest, earliest, most := true, true, true
		newest := days[i].day
		for j, d := range days {
			if d.day.After(newest) {
				newest = d.day
			}
			if j != i && !d.day.Before(days[i].day) {
				latest = false
			}
			if j != i && !d.day.After(days[i].day) {
				earliest = false
			}
			if j != i && len(d.srcs) >= len(days[i].srcs) {
				most = false
			}
		}
		n := len(s.names)
		if latest {
			f[n+featLatest] = 1
		}
		if earliest {
			f[n+featEarliest] = 1
		}
		if most {
			f[n+featMost] = 1
		}
		if s.background && newest.Sub(days[i].day) > backgroundGap {
			f[n+dateShapeFeatures] = 1
		}
	}
	if s.none {
		f[len(f)-1] = 1
	}
	return f
}

// DateExample is one page's candidate days described by their features,
// with the gold one: what the trainer fits and cross-validates on.
type DateExample struct {
	ID       string      // the page's id in the benchmark, to name it in reports
	GoldDay  string      // the gold day, YYYY-MM-DD ("" for none), for reports
	Group    string      // what cross-validation keeps together: the site
	Feats    [][]float64 // one row per distinct day, in order of first appearance
	Days     []string    // the days, YYYY-MM-DD
	HTMLDate int         // index of go-htmldate's day; -1 when it has none
	Gold     int         // index of the gold day; -1 when no candidate is ("no day" when there is one)
	// None: the last row is "no day" (all its features zero), never
	// chosen, right when no day is.
	None bool
}

// NoDay reports whether row i of x is its "no day" row.
func (x DateExample) NoDay(i int) bool { return x.None && i == len(x.Feats)-1 }

// example describes the candidate days of cs against gold.
func (s daySources) example(cs []dateCand, group, gold string) DateExample {
	days := groupDays(cs)
	x := DateExample{Group: group, GoldDay: gold, HTMLDate: -1, Gold: -1}
	for i, d := range days {
		x.Feats = append(x.Feats, s.dayFeatures(days, i))
		day := d.day.Format("2006-01-02")
		x.Days = append(x.Days, day)
		if day == gold {
			x.Gold = i
		}
		for _, src := range d.srcs {
			if src == srcHTMLDate {
				x.HTMLDate = i
			}
		}
	}
	if s.none {
		x.Feats = append(x.Feats, make([]float64, s.width()))
		x.None = true
		if x.Gold < 0 {
			x.Gold = len(x.Feats) - 1
		}
	}
	return x
}

// DateExample reads an HTML page's candidate days, as the extractor sees
// them, against gold (YYYY-MM-DD; "" for none). A page without an article
// has no candidates.
func (e *Extractor) DateExample(p *storyline.Page, group, gold string) (DateExample, error) {
	if p.Format != storyline.FormatHTML {
		return DateExample{}, fmt.Errorf("extract: %s: date examples are read from HTML pages", p.ID)
	}
	ds, err := e.fromHTML(p)
	if err != nil {
		return DateExample{}, err
	}
	var cs []dateCand
	if len(ds) > 0 {
		cs = ds[0].dateCands
	}
	return htmlDays.example(cs, group, gold), nil
}

// Choose returns the index of the day the model picks among x's days, its
// probability, and whether the pick fell back to go-htmldate's day; -1
// when x has no days.
func (m DateModel) Choose(x DateExample) (i int, p float64, fellBack bool) {
	probs := m.probs(x.Feats)
	best := -1
	for i, p := range probs {
		if !x.NoDay(i) && (best < 0 || p > probs[best]) {
			best = i
		}
	}
	if best < 0 {
		return -1, 0, false
	}
	if probs[best] < m.Fallback && x.HTMLDate >= 0 && x.HTMLDate != best {
		return x.HTMLDate, probs[x.HTMLDate], true
	}
	return best, probs[best], false
}

// probs is the softmax of the days' scores.
func (m DateModel) probs(feats [][]float64) []float64 {
	ps := make([]float64, len(feats))
	top := math.Inf(-1)
	for i, f := range feats {
		ps[i] = linearScore(m.Weights, f)
		top = max(top, ps[i])
	}
	z := 0.0
	for i := range ps {
		ps[i] = math.Exp(ps[i] - top)
		z += ps[i]
	}
	for i := range ps {
		ps[i] /= z
	}
	return ps
}

// dateCandsFor lists the candidates the choice weighs: htmldate's answer
// first, the page's statements, the text's date; none may lie after
// captured.
func dateCandsFor(hd htmldate.Result, cands []dateCand, body []string, captured time.Time) []dateCand {
	var cs []dateCand
	if h := htmlDateGuess(hd).notAfter(captured); h.known() {
		cs = append(cs, dateCand{src: srcHTMLDate, day: h.day, at: h.at})
	}
	for _, c := range cands {
		if (dateGuess{day: c.day}).notAfter(captured).known() {
			cs = append(cs, c)
		}
	}
	if g := textDate(body, captured); g.known() {
		cs = append(cs, dateCand{src: srcText, day: g.day})
	}
	return cs
}

// pick settles the day among the candidates cs. Its confidence is the
// model's probability of the day; the evidence is the source stating it
// with the most weight, or htmldate when the choice fell back to it.
func (m DateModel) pick(s daySources, cs []dateCand) dateGuess {
	days := groupDays(cs)
	i, p, fellBack := m.Choose(s.example(cs, "", ""))
	if i < 0 {
		return dateGuess{}
	}
	g := dateGuess{day: days[i].day, at: days[i].at, confidence: p, evidence: srcHTMLDate}
	if !fellBack {
		top := math.Inf(-1)
		for _, src := range days[i].srcs {
			if w := m.Weights[s.index[src]]; w > top {
				top, g.evidence = w, src
			}
		}
	}
	return g
}

// htmlDateGuess turns htmldate's result into a guess, or none when the
// result is a year or a month rather than a day (coarseHTMLDate).
func htmlDateGuess(r htmldate.Result) dateGuess {
	if r.IsZero() || coarseHTMLDate(r) {
		return dateGuess{}
	}
	t := r.DateTime
	g := dateGuess{day: time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC), confidence: confHTMLDate, evidence: srcHTMLDate}
	if r.HasTime {
		g.at = &t
	}
	return g
}

// coarseHTMLDate reports whether go-htmldate's answer is the first day of
// the year or month it found, not a day it read: its last resorts turn a
// copyright line's year ("Copyright © 2022", "1998-2022 of …") into
// January 1 and a URL's "/2010/06/" into June 1. Such an answer has no time
// and its source text writes no full date, neither as findDates reads one
// nor run together ("20220101" in a URL).
func coarseHTMLDate(r htmldate.Result) bool {
	return r.DateTime.Day() == 1 && !r.HasTime && len(findDates(r.SrcString)) == 0 &&
		!strings.Contains(r.SrcString, r.DateTime.Format("20060102"))
}
