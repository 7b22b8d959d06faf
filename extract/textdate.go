package extract

import (
	"strings"
	"time"
)

// Confidence of each kind of date evidence in a text dump.
const (
	confDateline = 0.9
	confHeader   = 0.7
	confPage     = 0.6 // another article of the same page had a sure date
	confNear     = 0.6 // a date line near the article but not right above it
	confFooter   = 0.5 // a date line just below the article
	confText     = 0.4
	confNearest  = 0.3 // some date line elsewhere on the page
	confWidget   = 0.25
)

// headerDate is a date line just above the article body (below its title),
// unless it sits in a weather or clock widget.
func headerDate(zone []*line, captured time.Time) dateGuess {
	for j := len(zone) - 1; j >= 0; j-- {
		l := zone[j]
		if !l.shortDate || inWidget(zone, j) {
			continue
		}
		if hits := l.dateHits(); len(hits) > 0 {
			g := dateGuess{day: hits[0].t, confidence: confHeader, evidence: "header"}.notAfter(captured)
			if g.known() {
				return g
			}
		}
	}
	return dateGuess{}
}

// footerDate is the first date line just below the article ("Published
// on ...", "Stand: ..."), unless it is a copyright line.
func footerDate(zone []*line, captured time.Time) dateGuess {
	for _, l := range zone {
		if !l.shortDate || strings.Contains(l.text, "©") || strings.Contains(strings.ToLower(l.text), "copyright") {
			continue
		}
		if g := (dateGuess{day: l.dateHits()[0].t, confidence: confFooter, evidence: "footer"}).notAfter(captured); g.known() {
			return g
		}
	}
	return dateGuess{}
}

// nearestDate is the last resort: the short date line closest to the
// article anywhere on the page, outside widgets and copyright lines. It is
// right often enough to be worth giving, with a low confidence.
func nearestDate(lines []*line, first int, captured time.Time) dateGuess {
	best, bestDist := dateGuess{}, len(lines)+1
	for j, l := range lines {
		dist := j - first
		if dist < 0 {
			dist = -dist
		}
		if !l.shortDate || dist >= bestDist || inWidget(lines, j) || strings.Contains(l.text, "©") ||
			strings.Contains(strings.ToLower(l.text), "copyright") {
			continue
		}
		if g := (dateGuess{day: l.dateHits()[0].t, confidence: confNearest, evidence: "page-text"}).notAfter(captured); g.known() {
			best, bestDist = g, dist
		}
	}
	return best
}

// textDate is the latest full date in the article's first paragraphs: news
// reports what happened lately, and older dates there are background.
func textDate(body []string, captured time.Time) dateGuess {
	var best dateGuess
	for i := 0; i < len(body) && i < 2; i++ {
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
// without a sure date of its own takes a sure date found for another
// article of the page, and failing all else a widget date with a low
// confidence. No date may lie after the capture.
func pageDates(drafts []*draft, lines []*line, captured time.Time) {
	var sure dateGuess
	for _, d := range drafts {
		d.date = d.date.notAfter(captured)
		if d.date.confidence >= confHeader && d.date.better(sure) {
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
