package extract

import (
	_ "embed"
	"slices"
	"sync"
	"time"
)

// The date of an article in a text dump is a learned choice among the days
// the dump writes around and in it, as for an HTML page (datechoice.go):
// each date is a candidate from a source that says where it stands (a date
// line opening the body, the short date line nearest above the body, one
// among the body's lines that is not body, a date line below it, a caption
// above it, the lead, further into the body, a date line elsewhere on the
// page, a copyright notice) and whether a publication or update label
// precedes it. A conditional logit over the distinct days (the shape
// features of datechoice.go, a mark on a day over a year older than the
// page's latest, and "no day" against which a lone day's probability is a
// confidence) picks one, and its probability is the date's confidence.
// Two dates are no choice: a wire dateline's dates the story it opens
// (stripHead), and a widget's is the capture day, given only when the
// dump has no other date (pageDates). `storyline train textdate` fits the
// weights with the regularisation chosen by cross-validation by site on
// the extraction benchmark's dumps and writes textdate.json, which the
// build embeds.

// Sources of a text dump's date candidates, as the text date choice knows
// them. A date after a label is also a candidate of its place.
const (
	srcDumpHeadLine  = "head-line"  // a date line the body opens with ("Published: 3 May 2024", "Mon, 3 May 2024")
	srcDumpLeadOpen  = "lead-open"  // the date the body's first paragraph opens with ("01.02.2022 The figures ...")
	srcDumpHeader    = "header"     // the short date line nearest above the body, within headerReach lines
	srcDumpAbove     = "above"      // another short date line within nearReach lines above the body
	srcDumpAboveText = "above-text" // a date inside a longer line within nearReach lines above (a caption, a teaser)
	srcDumpInside    = "inside"     // a short date line among the body's lines that is not body (a byline with its date)
	srcDumpFooter    = "footer"     // the first short date line within footerReach lines below the body
	srcDumpBelow     = "below"      // another short date line within footerReach lines below
	srcDumpLead      = "lead"       // a date in the body's first leadParagraphs paragraphs
	srcDumpBody      = "body"       // a date further into the body
	srcDumpNearest   = "nearest"    // the short date line nearest the body elsewhere on the page
	srcDumpPage      = "page-line"  // any other short date line of the page
	srcDumpNotice    = "copyright"  // a date on a copyright line
)

// How far from the body the places of a date line reach, in lines. The
// header and the footer are the lines a page's template puts right above
// and below an article (title, byline, date; share buttons, tags); the
// near zone reaches past a teaser image and its caption.
const (
	headerReach    = 8
	nearReach      = 25
	footerReach    = 8
	leadParagraphs = 2
	bodyDateReach  = 40 // paragraphs of the body searched for dates: the rest is background
)

// Confidences of dates read by structure rather than chosen.
const (
	confWidget   = 0.25 // the capture day a weather or clock widget shows, when the dump has no other date
	confDateline = 0.9  // a structured record's dateline date (structured.go)
	confText     = 0.4  // the latest date of the first paragraphs (textDate)
	confPage     = 0.6  // another article of the same page had a sure date
	confSure     = 0.7  // a chosen date this likely is the page's for its other articles (pageDates)
)

// textDays are the candidate sources of a text dump, in the order of their
// features.
var textDays = newDaySources(srcDumpHeadLine, srcDumpLeadOpen, srcDumpHeader, srcDumpAbove,
	srcDumpAboveText, srcDumpInside, srcDumpFooter, srcDumpBelow, srcDumpLead, srcDumpBody, srcDumpNearest, srcDumpPage,
	srcDumpNotice, srcLabelPub, srcLabelMod).withBackground().withNone()

// TextDateSources names the candidate sources of a text dump in the order
// of their features.
func TextDateSources() []string { return textDays.sourceNames() }

// TextDateFeatures is the number of features of a text dump's candidate day.
var TextDateFeatures = textDays.width()

//go:embed textdate.json
var textDateJSON []byte

var textDateModel = sync.OnceValue(func() DateModel { return loadDateModel(textDateJSON, textDays) })

// DefaultTextDateModel is the embedded text dump date model.
func DefaultTextDateModel() DateModel { return textDateModel() }

// dumpDates lists the dates the dump writes around the article whose body
// is the lines kept (in order; prevEnd: where the article before it ended)
// and in its body paragraphs, after head, the candidates its head gave
// (stripHead). None may lie after captured.
func dumpDates(lines []*line, kept []int, prevEnd int, body []string, head []dateCand, captured time.Time) []dateCand {
	first, last := kept[0], kept[len(kept)-1]
	cs := head
	add := func(src string, h dateHit, text string) {
		if !(dateGuess{day: h.t}).notAfter(captured).known() {
			return
		}
		cs = append(cs, dateCand{src: src, day: h.t})
		if l := labelBefore(text, h.start); l != "" {
			cs = append(cs, dateCand{src: l, day: h.t})
		}
	}
	z := dumpZones{lines: lines, kept: kept, first: first, last: last, prevEnd: prevEnd, header: -1, footer: -1}
	for j := first - 1; j >= max(prevEnd, first-headerReach) && z.header < 0; j-- {
		if z.dateLine(j) {
			z.header = j
		}
	}
	for j := last + 1; j < min(len(lines), last+1+footerReach) && z.footer < 0; j++ {
		if z.dateLine(j) {
			z.footer = j
		}
	}
	// the lines that may write a candidate: short date lines, copyright
	// notices, and any line of the near zone above the body (most lines
	// are none of these, and are not read for dates)
	type placed struct {
		j   int
		src string
	}
	var at []placed
	nearest := -1
	for j, l := range lines {
		if !l.shortDate && !l.notice && !z.near(j) {
			continue
		}
		src := z.place(j)
		if src == "" {
			continue
		}
		if src == srcDumpPage && (nearest < 0 || z.distance(j) < z.distance(nearest)) {
			nearest = j
		}
		at = append(at, placed{j, src})
	}
	for _, p := range at {
		if p.j == nearest {
			p.src = srcDumpNearest
		}
		for _, h := range lines[p.j].dateHits() {
			add(p.src, h, lines[p.j].text)
		}
	}
	for i, p := range body {
		if i >= bodyDateReach {
			break
		}
		src := srcDumpBody
		if i < leadParagraphs {
			src = srcDumpLead
		}
		for _, h := range findDates(p) {
			add(src, h, p)
		}
	}
	return cs
}

// dumpZones places a dump's lines around one article's body.
type dumpZones struct {
	lines                []*line
	kept                 []int // the body's lines
	first, last, prevEnd int
	header, footer       int // the date lines nearest above and below the body; -1 when none
}

// dateLine reports whether line j is a short date line outside widgets
// and copyright notices.
func (z dumpZones) dateLine(j int) bool {
	l := z.lines[j]
	return l.shortDate && !inWidget(z.lines, j) && !noticeLine(l)
}

// place is the source of the dates line j writes, or "" when its dates are
// not candidates (the body's own lines, long lines away from the body).
func (z dumpZones) place(j int) string {
	l := z.lines[j]
	near := z.near(j)
	switch {
	case j >= z.first && j <= z.last:
		if _, body := slices.BinarySearch(z.kept, j); body || !l.shortDate || noticeLine(l) {
			return ""
		}
		return srcDumpInside
	case noticeLine(l):
		return srcDumpNotice
	case !l.shortDate && near:
		return srcDumpAboveText
	case !l.shortDate:
		return ""
	case inWidget(z.lines, j):
		return "" // the capture day, not the article's: widgetDate
	case j == z.header:
		return srcDumpHeader
	case j == z.footer:
		return srcDumpFooter
	case near:
		return srcDumpAbove
	case j > z.last && j <= z.last+footerReach:
		return srcDumpBelow
	}
	return srcDumpPage
}

// near reports whether line j lies in the zone above the body that
// captions and teasers share with the article's date.
func (z dumpZones) near(j int) bool { return j < z.first && j >= max(z.prevEnd, z.first-nearReach) }

// distance is how many lines lie between line j and the body.
func (z dumpZones) distance(j int) int {
	if j < z.first {
		return z.first - j
	}
	return j - z.last
}

// noticeLine reports whether l is a copyright line: its year is the site's,
// not the article's.
func noticeLine(l *line) bool {
	return l.notice || copyrightLine(l.text)
}

// labelBefore is the label source (srcLabelPub, srcLabelMod) of the date
// that starts at byte start of text, or "" when no label ends right
// before it.
func labelBefore(text string, start int) string {
	before := textBeforeDate(text, start)
	if !mayHoldLabel(before) {
		return ""
	}
	for _, l := range dateLabels {
		if l.re().MatchString(before) {
			return l.src
		}
	}
	return ""
}

// mayHoldLabel reports whether the label patterns may match s. In ASCII
// text (?i) matches an ASCII letter only (only U+017F and U+212A fold to
// one, and they are not ASCII), so a label matches only where the text
// lowered holds it: hasLabel says so for most texts, where the two
// patterns' thirty alternatives cost far more. Text outside ASCII is left
// to the patterns.
func mayHoldLabel(s string) bool {
	return !isASCII(s) || hasLabel(lowerASCII(s))
}

// textDate is the latest full date in the article's first paragraphs: news
// reports what happened lately, and older dates there are background.
func textDate(body []string, captured time.Time) dateGuess {
	var best dateGuess
	for i := 0; i < len(body) && i < leadParagraphs; i++ {
		for _, h := range findDates(body[i]) {
			g := dateGuess{day: h.t, confidence: confText, evidence: "text"}.notAfter(captured)
			if g.known() && (!best.known() || g.day.After(best.day)) {
				best = g
			}
		}
	}
	return best
}

// inWidget reports whether line j of ls has weather or clock readings near
// it: the date of such a box is the day the page was captured.
func inWidget(ls []*line, j int) bool {
	for k := max(0, j-4); k < min(len(ls), j+5); k++ {
		if ls[k].weather {
			return true
		}
	}
	return false
}

// pageDates settles the dates of a page's articles together: an article
// whose own date is unsure takes a sure date chosen for another article of
// the page, and one without any date the day a widget of the page shows,
// with a low confidence.
func pageDates(drafts []*draft, lines []*line, captured time.Time) {
	var sure dateGuess
	for _, d := range drafts {
		if d.date.confidence >= confSure && d.date.better(sure) {
			sure = d.date
		}
	}
	widget := widgetDate(lines, captured)
	for _, d := range drafts {
		if sure.known() && d.date.confidence < confPage {
			d.date = dateGuess{day: sure.day, confidence: confPage, evidence: "page"}
		}
		if !d.date.known() && widget.known() {
			d.date = widget
		}
	}
}

// widgetDate is the first date on the page that sits in a widget.
func widgetDate(lines []*line, captured time.Time) dateGuess {
	for j, l := range lines {
		if !l.shortDate || !inWidget(lines, j) {
			continue
		}
		if hits := l.dateHits(); len(hits) > 0 {
			if g := (dateGuess{day: hits[0].t, confidence: confWidget, evidence: "widget"}).notAfter(captured); g.known() {
				return g
			}
		}
	}
	return dateGuess{}
}

// TextDateExample reads the candidate days of a text dump's first article,
// as the extractor sees them, against gold (YYYY-MM-DD; "" for none). A
// dump without an article has no candidates.
func (e *Extractor) TextDateExample(text, group, gold string) DateExample {
	var cs []dateCand
	if ds := e.fromText(text, e.now()); len(ds) > 0 {
		cs = ds[0].dateCands
	}
	return textDays.example(cs, group, gold)
}
