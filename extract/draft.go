package extract

import (
	"strings"
	"time"
)

// titleChooser is what the learned headline choice of a dump needs: its
// model (FieldModel: weights, and trees where they help) and how often
// each line of the page stands in it.
type titleChooser struct {
	model   FieldModel
	repeats pageTexts
	// byline weighs the candidate bylines (textbyline.go)
	byline []float64
	// date weighs the candidate days (textdate.go)
	date DateModel
}

// titleOf is the headline of the part: the line splitParts found, or the
// learned choice among the lines above it. at is its line (-1 when it is
// none of the dump's), firstBody whether it is the body's first line.
func titleOf(lines []*line, pt part, prevEnd int, body []string, tc titleChooser) (title string, at int, firstBody bool) {
	if pt.headline >= 0 {
		return lines[pt.headline].text, pt.headline, false
	}
	first := pt.lines[0]
	feed := ""
	if prevEnd == 0 {
		feed = feedTitle(lines)
	}
	cands := titleLines(lines, first, prevEnd, len(body) > 1, feed)
	i := chooseTitle(cands, lines, body, pt, tc.repeats, feed, tc.model)
	if i < 0 {
		return "", -1, false
	}
	c := cands[i]
	at = first - c.dist
	if c.feed {
		at = -1
	}
	return c.l.text, at, c.firstBody
}

// buildDraft turns one part's lines into an article draft: the title, byline,
// dateline and any date header found at its top are moved out of the body.
func buildDraft(lines []*line, pt part, prevEnd int, captured time.Time, title titleChooser) *draft {
	d := &draft{}
	body := make([]string, 0, len(pt.lines))
	for _, i := range pt.lines {
		body = append(body, lines[i].text)
	}
	first := pt.lines[0]
	var titleAt int
	var firstBody bool
	d.title, titleAt, firstBody = titleOf(lines, pt, prevEnd, body, title)
	if firstBody {
		body = body[1:]
	}
	body = d.stripHead(body, captured)
	d.body = body
	lastBody := pt.lines[len(pt.lines)-1]
	bylines := textBylines(lines, first, lastBody, prevEnd)
	d.byline = chooseByline(bylines, lines, first, lastBody, titleAt, title.byline)
	d.dateCands = dumpDates(lines, pt.lines, prevEnd, body, d.dateCands, captured)
	if !d.date.known() {
		d.date = title.date.pick(textDays, d.dateCands)
	}
	return d
}

// titleCandidate rules out lines that cannot be a headline: links, widgets,
// dates, bylines, list items, a sentence run on, and a picture's credit
// ("Photo: Damian Dovarganes, AP", which the text dumps of three dev pages
// gave as their title).
func titleCandidate(l *line) bool {
	if l.words < 1 || l.words > 25 || l.letters*2 < len(l.text) || l.linkish || l.widget || l.shortDate ||
		l.boiler*3 > l.words || l.author || teaserMarked(l.text) || containsAnyMark(l.text, "|", "©") ||
		pictureCredit(l.text, lowerASCII(l.text)) {
		return false
	}
	t := strings.TrimRight(l.text, ` "”’'`)
	if strings.HasSuffix(t, ",") || strings.HasSuffix(t, ":") || strings.HasSuffix(t, ";") || (l.words > 12 && l.endsSent) {
		return false
	}
	return !l.isByline() && !strings.HasPrefix(l.text, "* ") && !strings.HasPrefix(l.text, "+ ") && !strings.HasPrefix(l.text, "#")
}

// leadParas is how many of the body's first paragraphs are its lead.
const leadParas = 3

// leadWords are the content words of the article's first paragraphs.
func leadWords(body []string) map[string]bool {
	m := map[string]bool{}
	for i := 0; i < len(body) && i < leadParas; i++ {
		for _, w := range contentWords(body[i]) {
			m[w] = true
		}
	}
	return m
}

// leadWordsBoth is leadWords(body) and leadWords(body[1:]) (body itself
// when it is empty), reading each paragraph's words once: the two leads
// share all but a paragraph each.
func leadWordsBoth(body []string) (lead, rest map[string]bool) {
	lead, rest = map[string]bool{}, map[string]bool{}
	for i := 0; i < len(body) && i <= leadParas; i++ {
		for _, w := range contentWords(body[i]) {
			if i < leadParas {
				lead[w] = true
			}
			if i >= 1 {
				rest[w] = true
			}
		}
	}
	if len(body) == 0 {
		rest = lead
	}
	return lead, rest
}

// contentWords are the words of a paragraph lowered, their clinging marks
// trimmed, that are four letters long at least and no stop word.
func contentWords(para string) []string {
	var out []string
	for w := range strings.FieldsSeq(para) {
		if w = strings.ToLower(trimWordEdge(w)); len(w) >= 4 && !stopWords()[w] {
			out = append(out, w)
		}
	}
	return out
}

// overlap is the share of a line's content words found in the lead.
func overlap(s string, lead map[string]bool) float64 {
	n, hit := 0, 0
	for w := range strings.FieldsSeq(s) {
		if w = strings.ToLower(trimWordEdge(w)); len(w) >= 4 && !stopWords()[w] {
			n++
			if lead[w] {
				hit++
			}
		}
	}
	if n == 0 {
		return 0
	}
	// One more word in the denominator: a two-word line that shares both
	// words with the lead ("Port Calder") is weaker evidence of a headline
	// than a long line that shares most of its words.
	return float64(hit) / float64(n+1)
}

// stripHead removes bylines, date headers and the dateline from the top of
// the body; a dated dateline dates the article, the other dates become
// candidates of its date.
func (d *draft) stripHead(body []string, captured time.Time) []string {
	head := func(src string, t time.Time) {
		if (dateGuess{day: t}).notAfter(captured).known() {
			d.dateCands = append(d.dateCands, dateCand{src: src, day: t})
		}
	}
	for len(body) > 0 {
		first := body[0]
		if isBylineText(first) {
			body = body[1:] // the byline is chosen among all candidates (chooseByline)
			continue
		}
		if rest, t, ok := cutDateHeader(first); ok {
			head(srcDumpHeadLine, t)
			if hits := findDates(first); len(hits) > 0 {
				if l := labelBefore(first, hits[0].start); l != "" {
					head(l, t) // "Published: 3 May 2024"
				}
			}
			if rest == "" {
				body = body[1:]
				continue
			}
			body[0] = rest
		} else if hits := findDates(first); len(hits) > 0 && hits[0].start == 0 {
			// a paragraph that opens with its date ("01.02.2022 The figures ...")
			head(srcDumpLeadOpen, hits[0].t)
		}
		break
	}
	if len(body) > 0 {
		if dl, rest, ok := parseDateline(body[0], captured); ok {
			d.dateline = dl
			if t, err := time.Parse("2006-01-02", dl.Date); err == nil {
				// a wire dateline dates the story it opens: structure, not
				// a choice (and too rare in the benchmark's dumps to learn)
				d.date = dateGuess{day: t, confidence: confDateline, evidence: "dateline"}.notAfter(captured)
			}
			if rest == "" {
				body = body[1:]
			} else {
				body[0] = rest
			}
		}
	}
	return body
}

// cutDateHeader recognises a line that opens with a date, bare or after a
// label ("date 2026-01-28 ...", "Published: 3 May 2024"), and returns the
// text after it.
func cutDateHeader(s string) (string, time.Time, bool) {
	rest, hits, labelled := openingDate(s)
	if hits == nil {
		return s, time.Time{}, false
	}
	after := strings.TrimLeft(rest[hits[0].end:], " ,|-–—")
	if len(strings.Fields(after)) <= 3 && len(strings.Fields(s)) > 3 {
		// a short tail ("um 15:18 Uhr") belongs to the date line
		after = ""
	}
	if after != "" && !labelled {
		return s, time.Time{}, false
	}
	return strings.TrimSpace(after), hits[0].t, true
}

// openingDate reads a line that opens with a date, bare, past a weekday
// ("Tuesday, May 24, 2005") or after a date label ("Published: 3 May
// 2024"): the text after the label, the dates written in it, and whether a
// label stood before them; no dates when the line does not open with one.
func openingDate(s string) (rest string, hits []dateHit, labelled bool) {
	rest = s
	if loc := reDateLabel().FindStringIndex(rest); loc != nil {
		rest, labelled = rest[loc[1]:], true
	}
	rest = strings.TrimLeft(rest, " ,")
	if hits = findDates(rest); len(hits) == 0 || hits[0].start > weekdayPrefix(rest) {
		return rest, nil, labelled
	}
	return rest, hits, labelled
}

// weekdayPrefix is how far a date may start into s: past a weekday name.
func weekdayPrefix(s string) int {
	i := strings.IndexAny(s, ", ")
	if i > 0 && i <= 12 {
		return i + 2
	}
	return 0
}
