package compare

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/text"
	"github.com/storyline-news/storyline/timex"
)

// maxWhatRunes bounds the clause a timeline entry quotes: a whole long
// sentence is a paragraph in a timeline, not a line.
const maxWhatRunes = 240

// timeline lists the resolved date mentions of the story's articles,
// oldest first, each with the clause it dates. The same clause dated the
// same day is one entry, from the first article that has it; the others
// that print it word for word (copies, a repeated caption) are its Also.
func timeline(docs []*doc) []storyline.TimelineEvent {
	type entry struct {
		ev  storyline.TimelineEvent
		key string
		doc int
	}
	var es []entry
	years := writtenYears(docs)
	for di, d := range docs {
		if len(d.a.Dates) == 0 {
			continue
		}
		sents := text.Sentences(d.a.Body, text.Tokenize(d.a.Body))
		seen := map[storyline.Span]bool{}
		for _, m := range d.a.Dates {
			sp, ok := d.span(storyline.Span{Start: m.Start, End: m.End})
			key, valid := dateKey(m.Date)
			if !ok || !valid || seen[sp] {
				continue
			}
			seen[sp] = true
			r := d.report(sp)
			date := m.Date
			if timex.GuessedYear(m) && years[m.Date[4:]] != "" {
				date = years[m.Date[4:]] + m.Date[4:]
				key = date
			}
			es = append(es, entry{storyline.TimelineEvent{
				Date: date, Text: r.Text, What: d.clause(sents, sp), Article: r.Article, Start: sp.Start, End: sp.End,
			}, key, di})
		}
	}
	sort.SliceStable(es, func(i, j int) bool {
		if es[i].key != es[j].key {
			return es[i].key < es[j].key
		}
		if es[i].doc != es[j].doc {
			return es[i].doc < es[j].doc
		}
		return es[i].ev.Start < es[j].ev.Start
	})
	out := make([]storyline.TimelineEvent, 0, len(es))
	first := map[[2]string]int{} // date and clause -> index in out
	for _, e := range es {
		k := [2]string{e.ev.Date, e.ev.What}
		if i, ok := first[k]; ok && e.ev.What != "" {
			out[i].Also = appendNew(out[i].Also, out[i].Article, storyline.TextRef{Article: e.ev.Article, Start: e.ev.Start, End: e.ev.End})
			continue
		}
		first[k] = len(out)
		out = append(out, e.ev)
	}
	return out
}

// appendNew appends ref to also unless its article is the entry's own or
// already listed: a clause a page repeats (a gallery's caption under every
// photo) is one happening, told where the page first tells it.
func appendNew(also []storyline.TextRef, own string, ref storyline.TextRef) []storyline.TextRef {
	if ref.Article == own || slices.ContainsFunc(also, func(r storyline.TextRef) bool { return r.Article == ref.Article }) {
		return also
	}
	return append(also, ref)
}

// writtenYears maps a month and day ("-09-11") to the year the story's
// articles write for it ("September 11, 2001"), when they write one year
// only: a day another article names without its year ("since September
// 11") is that day, not the one nearest its publication day.
func writtenYears(docs []*doc) map[string]string {
	years := map[string]string{}
	for _, d := range docs {
		for _, m := range d.a.Dates {
			if !timex.WrittenYear(m) {
				continue
			}
			switch y, seen := years[m.Date[4:]]; {
			case !seen:
				years[m.Date[4:]] = m.Date[:4]
			case y != m.Date[:4]:
				years[m.Date[4:]] = "" // two years: neither
			}
		}
	}
	return years
}

// dateKey orders resolved dates by the first day they cover: "2026" as
// 2026-01-01, "2026-01" as 2026-01-01, "2026-W04" as that week's Monday.
func dateKey(d string) (string, bool) {
	switch {
	case len(d) >= 10 && d[4] == '-' && d[7] == '-':
		if _, err := time.Parse("2006-01-02", d[:10]); err == nil {
			return d[:10], true
		}
	case len(d) == 7 && d[4] == '-' && d[5] != 'W':
		if _, err := time.Parse("2006-01", d); err == nil {
			return d + "-01", true
		}
	case len(d) == 8 && d[4:6] == "-W":
		y, err1 := strconv.Atoi(d[:4])
		w, err2 := strconv.Atoi(d[6:])
		if err1 == nil && err2 == nil && w >= 1 && w <= 53 {
			return isoWeekMonday(y, w).Format("2006-01-02"), true
		}
	case len(d) == 4:
		if _, err := strconv.Atoi(d); err == nil {
			return d + "-01-01", true
		}
	}
	return "", false
}

func isoWeekMonday(year, week int) time.Time {
	jan4 := time.Date(year, 1, 4, 0, 0, 0, 0, time.UTC)
	monday := jan4.AddDate(0, 0, -((int(jan4.Weekday()) + 6) % 7))
	return monday.AddDate(0, 0, 7*(week-1))
}

// clause is the part of the sentence holding sp that sp dates: the
// sentence cut at semicolons and dashes, then to maxWhatRunes around sp.
// A date expression the sentence splitter cut ("Fri., May. 3, 2013",
// split after "May.") takes the sentences it spans: the clause holds the
// expression whole.
func (d *doc) clause(sents []storyline.Span, sp storyline.Span) string {
	s := storyline.Span{Start: sp.Start, End: sp.End}
	for _, x := range sents {
		if x.Start <= sp.Start && sp.Start < x.End {
			s = x
			break
		}
	}
	for _, x := range sents {
		if x.Start >= s.End && x.Start < sp.End {
			s.End = max(s.End, x.End)
		}
	}
	s.End = max(s.End, sp.End)
	s, _ = d.span(s)
	lo, hi := s.Start, s.End
	for i := sp.Start - 1; i >= lo; i-- {
		if clauseBreak(d.runes[i]) {
			lo = i + 1
			break
		}
	}
	for i := sp.End; i < hi; i++ {
		if clauseBreak(d.runes[i]) {
			hi = i
			break
		}
	}
	lead, tail := "", ""
	if hi-lo > maxWhatRunes {
		clo, chi := lo, hi
		lo = max(lo, sp.Start-maxWhatRunes/2)
		hi = min(hi, max(lo+maxWhatRunes, sp.End))
		for lo > clo && lo < sp.Start && !unicode.IsSpace(d.runes[lo-1]) { // start on a word
			lo++
		}
		for hi > sp.End && hi < chi && !unicode.IsSpace(d.runes[hi]) { // end on one
			hi--
		}
		if lo > clo {
			lead = "… "
		}
		if hi < chi {
			tail = " …"
		}
	}
	w := strings.Join(strings.Fields(string(d.runes[lo:hi])), " ")
	if !utf8.ValidString(w) {
		return ""
	}
	return lead + w + tail
}

func clauseBreak(r rune) bool { return r == ';' || r == '—' || r == '–' || r == '\n' }
