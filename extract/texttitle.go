package extract

import (
	"strings"
)

// The headline of a text dump is chosen among the lines that can be one:
// the first line of the article region, the lines above it (each text once,
// at its nearest copy), and the post's title that the dump's link line
// names. The choice among them is learned (storyline train texttitle),
// from where the line stands, what it shares with the lead, its shape, and
// whether it passes titleCandidate (structure: a headline is no link list,
// widget, byline or date), and whether it is, holds or is part of the
// post's title the link line names (a line that holds it has a kicker or a
// subtitle glued on; 5-fold CV by site, exact: 0.702 without these three,
// 0.709 with them), and whether another line ends with it as the last step
// of a breadcrumb trail (0.707 -> 0.714).

// titleZone is how many lines above the article region may hold its
// headline. Chosen by 5-fold cross-validation by site (exact, storyline
// train texttitle): 0.682 with 20 lines, 0.689 with 30, 0.699 with 40,
// 0.702 with 50, 0.704 with 60 and with 80; 50 is where it levels off.
const titleZone = 50

// textTitleFeatureCount is the number of features of a title line.
const textTitleFeatureCount = 23

// maxTitleWords bounds a headline line: a longer line is a paragraph.
const maxTitleWords = 25

// titleLine is one candidate headline line of a dump.
type titleLine struct {
	l         *line
	dist      int  // lines above the article region; 0 for its first line
	firstBody bool // the first line of the region: chosen, it leaves the body
	// feed: the candidate is no line of the dump but the post's title its
	// link line names (feedTitle)
	feed bool
}

// titleLines are the candidates for the headline of the article whose
// region starts at lines[first], with nothing above prevEnd. feed is the
// post's title the dump's link line names (feedTitle) when the article is
// the page's first, else "", as titleFeatureRows takes it: read once for
// both.
func titleLines(lines []*line, first, prevEnd int, bodyHasMore bool, feed string) []titleLine {
	var out []titleLine
	seen := map[string]bool{}
	add := func(c titleLine) {
		if seen[c.l.text] {
			// a text met again further up is the same choice: only the
			// nearest copy stands
			return
		}
		seen[c.l.text] = true
		out = append(out, c)
	}
	if bodyHasMore && headlineLike(lines[first]) {
		add(titleLine{l: lines[first], firstBody: true})
	}
	for j := first - 1; j >= max(prevEnd, first-titleZone); j-- {
		if l := lines[j]; l.words >= 1 && l.words <= maxTitleWords && !menuLine(l.text) {
			add(titleLine{l: l, dist: first - j})
		}
	}
	if feed != "" {
		add(titleLine{l: measure(feed), dist: first, feed: true})
	}
	return out
}

// A navigation line holds at least minMenuItems items of at most
// maxMenuItemWords words split by "|": "Markets | Politics | World",
// "| Home | News | Sport |". Two short items are as often a short
// headline and its site ("Trump indicted | Reuters").
const (
	minMenuItems     = 3
	maxMenuItemWords = 3
)

// menuLine reports whether a line is navigation, never a headline
// ("Markets | Politics | World | Science"). Learned as a feature instead,
// it got no weight (storyline train texttitle: CV 0.716 either way; 35
// such lines on the text dumps' dev pages, one ever chosen). Left out as
// candidates, an article with no headline line gets none instead of its
// page's menu.
func menuLine(text string) bool {
	n := 0
	for _, it := range strings.Split(text, "|") {
		words := len(strings.Fields(it))
		if words > maxMenuItemWords {
			return false
		}
		if words > 0 {
			n++
		}
	}
	return n >= minMenuItems
}

// reCommentFeed is the title of a post's comment feed in the dump's link
// line: "Site » Post title Kommentar-Feed" (WordPress, in German, English,
// French and Spanish).
var reCommentFeed = lazyRegexp(`» ([^»]+?) (?:Kommentar-Feed|Comments Feed|Flux des commentaires|Feed de (?:los )?comentarios|RSS de los comentarios)`)

// feedTitle is the post's title that the dump's link line names, or "".
func feedTitle(lines []*line) string {
	m := reCommentFeed().FindStringSubmatch(dumpLinkLine(lines))
	if m == nil || len(strings.Fields(m[1])) > maxTitleWords {
		return ""
	}
	return m[1]
}

// titleFeatures describes one candidate: where it stands, what it shares
// with the lead, how often the page repeats it (a site's name or a section
// label comes back), and its shape.
func titleFeatures(c titleLine, lead map[string]bool, repeats pageTexts, nextProse, bylineBelow bool) []float64 {
	l := c.l
	f := make([]float64, textTitleFeatureCount)
	if c.firstBody {
		f[0] = 1
		if nextProse {
			f[1] = 1
		}
	}
	f[2] = float64(min(c.dist, titleZone)) / 10
	f[3] = overlap(l.text, lead)
	if l.words >= 3 && l.words <= 20 {
		f[4] = 1
	}
	if l.blankAbove && l.blankBelow {
		f[5] = 1
	}
	f[6] = float64(min(l.words, 30)) / 10
	if l.endsSent {
		f[7] = 1
	}
	if repeats.count[l.text] > 1 {
		f[8] = 1
	}
	if l.words > 0 && l.caps*2 > l.words {
		f[9] = 1 // title case
	}
	if c.dist == 1 {
		f[10] = 1 // right above the article
	}
	if containsAnyMark(l.text, ":", "–", "-") {
		f[11] = 1
	}
	if c.firstBody || titleCandidate(l) {
		f[12] = 1 // passes the structural test of a headline
	}
	if l.words >= 3 && heldElsewhere(l, repeats) {
		f[13] = 1 // another line of the page quotes it (a breadcrumb, a share line)
	}
	f[14] = 1 // bias
	if listMarked(l.text) {
		f[15] = 1 // an item of a menu, a list or a table of contents
	}
	if bylineBelow {
		f[16] = 1 // a byline or a date follows within a few lines
	}
	if containsAnyMark(l.text, "»", "›", ">", "/") {
		f[17] = 1 // a breadcrumb trail
	}
	if c.feed {
		f[18] = 1 // the title of the post's comment feed
	}
	if endsTrail(l.text, repeats) {
		f[22] = 1 // the last step of the page's breadcrumb trail
	}
	return f
}

// containsAnyMark is strings.ContainsAny(s, the marks joined): each mark
// is looked for by a byte search of its UTF-8, where ContainsAny with a
// mark outside ASCII decodes every rune of s (a byte search finds a rune's
// encoding only where the decoder reads that rune: UTF-8 synchronises on
// its lead bytes).
func containsAnyMark(s string, marks ...string) bool {
	for _, m := range marks {
		if strings.Contains(s, m) {
			return true
		}
	}
	return false
}

// trailSteps part the steps of a breadcrumb trail as the text browser
// renders it.
var trailSteps = []string{" / ", " » ", " > ", " › "}

// endsTrail reports whether another line of the page ends with the text
// as the last step of a breadcrumb trail ("Home / News / Headline"). Only
// the lines that hold a step's mark can (repeats.trails).
func endsTrail(text string, repeats pageTexts) bool {
	for _, other := range repeats.trails {
		if len(other) <= len(text) || !strings.HasSuffix(other, text) {
			continue
		}
		for _, sep := range trailSteps {
			if strings.HasSuffix(other[:len(other)-len(text)], sep) {
				return true
			}
		}
	}
	return false
}

// holdsTrailStep reports whether text holds one of trailSteps. Each step's
// mark is looked for alone first: a search for " / " stops at every space
// of the line, one for "/" at none of most lines.
func holdsTrailStep(text string) bool {
	for i, sep := range trailSteps {
		if strings.Contains(text, trailMarks[i]) && strings.Contains(text, sep) {
			return true
		}
	}
	return false
}

// trailMarks are trailSteps without their spaces.
var trailMarks = func() []string {
	marks := make([]string, len(trailSteps))
	for i, sep := range trailSteps {
		marks[i] = strings.TrimSpace(sep)
	}
	return marks
}()

// bylineReach is how many lines below a headline its byline or date stand.
const bylineReach = 3

// reListMark starts an item of a list as the text browser renders it:
// what listMarked reads byte by byte (TestListMarkedIsReListMark).
var reListMark = lazyRegexp(`^(?:[*+o#] |\d{1,2}\. )`)

// listMarked reports whether s opens with a list's mark (reListMark): one
// of "*+o#" and a space, or one or two digits, a dot and a space.
func listMarked(s string) bool {
	if len(s) >= 2 && strings.IndexByte("*+o#", s[0]) >= 0 && s[1] == ' ' {
		return true
	}
	n := 0 // the digits s opens with, up to three
	for n < len(s) && n < 3 && isDigit(s[n]) {
		n++
	}
	return (n == 1 || n == 2) && n+1 < len(s) && s[n] == '.' && s[n+1] == ' '
}

// hasBylineBelow reports whether one of the few lines below lines[j] is a
// byline or a date.
func hasBylineBelow(lines []*line, j int) bool {
	for k := j + 1; k < min(len(lines), j+1+bylineReach); k++ {
		if l := lines[k]; l.author || l.shortDate || l.isByline() {
			return true
		}
	}
	return false
}

// dumpLinkLine is the dump's first line when it holds the page's <link>
// titles, else "".
func dumpLinkLine(lines []*line) string {
	if len(lines) > 0 && strings.HasPrefix(lines[0].text, "#") {
		return lines[0].text
	}
	return ""
}

// heldElsewhere reports whether another line of the page holds the line's
// text inside a longer one. The page's distinct texts are searched as one
// string (repeats.joined, a line a text): a match that is not a whole line
// of it is inside a longer text. One search a candidate, where a search of
// every distinct text for every candidate cost more in calls than in bytes.
func heldElsewhere(l *line, repeats pageTexts) bool {
	t, all := l.text, repeats.joined
	if t == "" {
		return len(all) > 0 // every text is longer, and holds it
	}
	for from := 0; ; {
		i := strings.Index(all[from:], t)
		if i < 0 {
			return false
		}
		start, end := from+i, from+i+len(t)
		wholeLine := (start == 0 || all[start-1] == '\n') && (end == len(all) || all[end] == '\n')
		if !wholeLine {
			return true
		}
		from = start + 1
	}
}

// pageTexts are the texts of a page's lines: how often each stands in the
// page, and each once, in page order (a slice, not the map's keys: every
// headline candidate reads them all, and a slice is read far faster).
type pageTexts struct {
	count    map[string]int
	distinct []string
	// joined is distinct joined by newlines, which no line holds:
	// heldElsewhere searches it
	joined string
	// trails are the distinct texts that hold a step of a breadcrumb
	// trail (trailSteps): endsTrail reads only these
	trails []string
}

// lineCounts counts every line's text in the page.
func lineCounts(lines []*line) pageTexts {
	p := pageTexts{count: make(map[string]int, len(lines)), distinct: make([]string, 0, len(lines))}
	for _, l := range lines {
		if p.count[l.text]++; p.count[l.text] == 1 {
			p.distinct = append(p.distinct, l.text)
			if holdsTrailStep(l.text) {
				p.trails = append(p.trails, l.text)
			}
		}
	}
	p.joined = strings.Join(p.distinct, "\n")
	return p
}

// textTitlePrior is the hand-set score titleAbove used before the choice
// was learned: lead overlap, nearness, a headline's length and white space.
func textTitlePrior() []float64 {
	w := make([]float64, textTitleFeatureCount)
	w[0], w[1] = 1, 1
	w[2], w[3], w[4], w[5] = -0.8, 3, 0.5, 0.2
	w[12] = 5 // the structural test was a filter
	return w
}

// chooseTitle returns the index of the learned choice among the
// candidates; -1 when there is none.
func chooseTitle(cands []titleLine, lines []*line, body []string, pt part, repeats pageTexts, feed string, m FieldModel) int {
	best, bestScore := -1, 0.0
	for i, f := range titleFeatureRows(cands, lines, body, pt, repeats, feed) {
		if s := m.Score(f); best < 0 || s > bestScore {
			best, bestScore = i, s
		}
	}
	return best
}

// titleFeatureRows are the features of every candidate. The lead a line is
// compared with is the body's first paragraphs, without the line itself
// when it is the body's first. feed is the post's title the dump's link
// line names when the article is the page's first, else "".
func titleFeatureRows(cands []titleLine, lines []*line, body []string, pt part, repeats pageTexts, feed string) [][]float64 {
	lead, rest := leadWordsBoth(body)
	nextProse := len(pt.lines) > 1 && lines[pt.lines[1]].prose()
	rows := make([][]float64, len(cands))
	for i, c := range cands {
		l := lead
		if c.firstBody {
			l = rest
		}
		below := !c.feed && hasBylineBelow(lines, pt.lines[0]-c.dist)
		rows[i] = titleFeatures(c, l, repeats, nextProse, below)
		if feed != "" && !c.feed {
			t := c.l.text
			rows[i][19] = b2f(t == feed)                                       // the post's title, as its comment feed names it
			rows[i][20] = b2f(len(t) > len(feed) && strings.Contains(t, feed)) // the title with a kicker or a subtitle glued on
			rows[i][21] = b2f(len(t) < len(feed) && strings.Contains(feed, t)) // a part of the title
		}
	}
	return rows
}

// firstArticle cuts a dump into lines and returns them with its first
// article and that article's lines of text, as extraction finds them; ok is
// false when the dump holds no article. The training examples of the text
// fields read the first article only.
func (e *Extractor) firstArticle(text string) (lines []*line, pt part, body []string, ok bool) {
	lines = splitLines(text)
	if len(lines) == 0 {
		return nil, pt, nil, false
	}
	keep := e.model.bodyLines(e.model.score(lines, lineCounts(lines)))
	if len(keep) == 0 {
		return nil, pt, nil, false
	}
	pt = splitParts(lines, keep, e.now())[0]
	body = make([]string, 0, len(pt.lines))
	for _, i := range pt.lines {
		body = append(body, lines[i].text)
	}
	return lines, pt, body, true
}

// TextTitleExample reads a text dump's headline candidates for training,
// against gold, the headline a person marked. ok is false when the dump
// holds no article, or its first article's headline is the marked line
// splitParts found (the choice is not asked then).
func (e *Extractor) TextTitleExample(text, group, gold string) (x FieldExample, ok bool) {
	lines, pt, body, ok := e.firstArticle(text)
	if !ok || pt.headline >= 0 {
		return x, false
	}
	feed := feedTitle(lines)
	cands := titleLines(lines, pt.lines[0], 0, len(body) > 1, feed)
	x = FieldExample{Group: group, Gold: -1, Feats: titleFeatureRows(cands, lines, body, pt, lineCounts(lines), feed)}
	x.GoldText = gold
	for _, c := range cands {
		x.Texts = append(x.Texts, c.l.text)
	}
	for i, c := range cands {
		if c.l.text == gold {
			x.Gold = i
			break
		}
	}
	return x, true
}
