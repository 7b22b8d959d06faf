// Package timex finds date expressions in article bodies and resolves them to
// calendar values against the publication day, following news conventions.
package timex

import (
	"context"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/english"
)

// Resolver finds and resolves date expressions. Build one with New and share
// it: it only reads its compiled rules.
type Resolver struct {
	rules []rule
}

// New compiles the expression rules.
func New() *Resolver { return &Resolver{rules: buildRules()} }

// Stage fills Article.Dates.
type Stage struct{ r *Resolver }

var _ storyline.Stage = (*Stage)(nil)

// NewStage returns the timex pipeline stage.
func NewStage() *Stage { return &Stage{r: New()} }

// Info implements storyline.Stage.
func (*Stage) Info() storyline.StageInfo {
	return storyline.StageInfo{Name: "timex", Adds: []storyline.Layer{storyline.LayerDates}, Languages: []string{"en"}}
}

// Process implements storyline.Stage.
func (s *Stage) Process(ctx context.Context, d *storyline.Doc) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if d.Article == nil {
		return nil
	}
	d.Article.Dates = s.r.Find(d.Article.Body, d.Article.Published)
	return nil
}

type match struct {
	start, end int // byte offsets
	value      string
	// year says how a day's year was read: written out, or taken from the
	// publication day ("September 11"); weekdays and the like are neither.
	year yearSource
}

type yearSource uint8

const (
	yearOther yearSource = iota
	yearWritten
	yearGuessed
)

// Find returns the date expressions of body in order, resolved against the
// publication day published (YYYY-MM-DD, or empty: relative expressions are
// then skipped). Offsets count code points.
func (r *Resolver) Find(body, published string) []storyline.DateMention {
	pub, err := time.Parse(dayLayout, published)
	if err != nil || pub.Year() < 1000 || pub.Year() > 9000 {
		pub = time.Time{}
	}
	var found []match
	for _, seg := range segments(body) {
		text := body[seg.start:seg.end]
		lower := asciiLower(text)
		for _, ru := range r.rules {
			if !ru.mayMatch(lower) {
				continue
			}
			from := ru.firstStart(lower)
			for _, idx := range ru.re.FindAllStringSubmatchIndex(text[from:], -1) {
				shift(idx, from)
				tense := english.NoTense
				if ru.tensed && !pub.IsZero() && bare(text, idx) {
					tense = clauseTense(body, seg.start+idx[0], seg.start+idx[1])
				}
				if ru.lowerInside && capitalisedInside(body, seg.start+idx[0]) || ru.dayFirst && idx[2*ru.yearGroup] < 0 && dayFollows(text[idx[1]:]) {
					continue
				}
				if m, ok := ru.apply(text, idx, pub, tense); ok {
					m.start += seg.start
					m.end += seg.start
					found = append(found, m)
				}
			}
		}
	}
	return mentions(body, carryYears(nonOverlapping(found)))
}

// dayFollows reports whether text opens with white space and a number of
// one or two digits, a day (" 11 hijackers", " 11th"), not " 2011".
func dayFollows(text string) bool {
	t := strings.TrimLeft(text, " \t")
	if len(t) == len(text) {
		return false
	}
	n := 0
	for n < len(t) && n < 3 && t[n] >= '0' && t[n] <= '9' {
		n++
	}
	return n >= 1 && n <= 2 && (n == len(t) || !(t[n] >= '0' && t[n] <= '9'))
}

// capitalisedInside reports whether the word at byte i of text is
// capitalised and stands inside a sentence: the last character before it
// is a letter, a digit, a comma or a possessive's apostrophe ("NBC News'
// Today"), with no line break between; not the end of a sentence, a
// colon, an opening quotation mark or bracket, or the start of the text;
// and its line is no headline written in title case ("Several Deals Go
// Live Today").
func capitalisedInside(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	if !unicode.IsUpper(r) {
		return false
	}
	before := strings.TrimRightFunc(text[:i], unicode.IsSpace)
	if before == "" || strings.Contains(text[len(before):i], "\n") {
		return false
	}
	p, _ := utf8.DecodeLastRuneInString(before)
	inside := unicode.IsLetter(p) || unicode.IsDigit(p) || p == ','
	if p == '\'' || p == '’' {
		// a possessive's apostrophe ends a word and a space follows it;
		// an opening one stands against the word it opens
		inside = len(before) < i
	}
	// the line is read only for a word the cheap tests find inside
	return inside && !titleCaseLine(text, i)
}

// Title case: a line of at least titleCaseWords words, titleCaseShare of
// them capitalised, is a headline, whose every word is capitalised.
const (
	titleCaseWords = 4
	titleCaseShare = 0.75
)

// titleCaseLine reports whether the line holding byte i of text is written
// in title case.
func titleCaseLine(text string, i int) bool {
	start := strings.LastIndexByte(text[:i], '\n') + 1
	end := strings.IndexByte(text[i:], '\n')
	if end < 0 {
		end = len(text)
	} else {
		end += i
	}
	words, upper := 0, 0
	for _, w := range strings.Fields(text[start:end]) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) {
			continue
		}
		words++
		if unicode.IsUpper(r) {
			upper++
		}
	}
	return words >= titleCaseWords && float64(upper) >= titleCaseShare*float64(words)
}

// shift moves a match's submatch offsets by n bytes (an unset one stays -1).
func shift(idx []int, n int) {
	for i, v := range idx {
		if v >= 0 {
			idx[i] = v + n
		}
	}
}

// bare reports whether a tensed rule's match has nothing that places it,
// so that its clause's tense does: a weekday or a month without "last" or
// "next" (a month's "in" places nothing).
func bare(text string, idx []int) bool {
	return idx[2] < 0 || strings.EqualFold(text[idx[2]:idx[3]], "in")
}

// apply resolves one match, a bare one with the tense of its clause.
func (ru rule) apply(body string, idx []int, pub time.Time, tense english.Tense) (match, bool) {
	subs := make([]string, len(idx)/2)
	for i := range subs {
		if idx[2*i] >= 0 {
			subs[i] = body[idx[2*i]:idx[2*i+1]]
		}
	}
	v, ok := ru.resolve(subs, pub, tense)
	if !ok || idx[2*ru.group] < 0 || !wellFormed(v) {
		return match{}, false
	}
	year := yearOther
	switch {
	case ru.fullDay, ru.yearGroup > 0 && idx[2*ru.yearGroup] >= 0:
		year = yearWritten
	case ru.yearGroup > 0:
		year = yearGuessed
	}
	return match{start: idx[2*ru.group], end: idx[2*ru.group+1], value: v, year: year}, true
}

// nonOverlapping keeps, among overlapping matches, the longest (then the
// first): "March 2024" beats "in March", and returns them in text order.
func nonOverlapping(ms []match) []match {
	sort.SliceStable(ms, func(i, j int) bool {
		li, lj := ms[i].end-ms[i].start, ms[j].end-ms[j].start
		if li != lj {
			return li > lj
		}
		return ms[i].start < ms[j].start
	})
	var out []match
	for _, m := range ms {
		if !overlapsAny(out, m) {
			out = append(out, m)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].start < out[j].start })
	return out
}

func overlapsAny(kept []match, m match) bool {
	for _, k := range kept {
		if m.start < k.end && k.start < m.end {
			return true
		}
	}
	return false
}

// mentions converts byte offsets to code points in one pass over body.
func mentions(body string, ms []match) []storyline.DateMention {
	out := make([]storyline.DateMention, 0, len(ms))
	pos, runes := 0, 0
	advance := func(to int) int {
		runes += utf8.RuneCountInString(body[pos:to])
		pos = to
		return runes
	}
	for _, m := range ms {
		start := advance(m.start)
		end := advance(m.end)
		out = append(out, storyline.DateMention{Text: body[m.start:m.end], Date: m.value, Start: start, End: end})
	}
	return out
}

// wellFormed rejects values outside the four-digit years a news date can
// have, which arithmetic near the calendar's ends could produce.
func wellFormed(v string) bool {
	return len(v) >= 4 && v[0] >= '1' && v[0] <= '9' && v[3] >= '0' && v[3] <= '9'
}

// asciiLower lower-cases the ASCII letters of s and keeps every other byte.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
