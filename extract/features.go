package extract

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
)

// NumFeatures is the length of a line's feature vector. Changing the
// features means retraining: the model file records this number.
const NumFeatures = 51

// pageFeatures holds every line's feature vector for one dump.
type pageFeatures struct {
	lines []*line
	x     [][NumFeatures]float64
}

// computeFeatures measures each line alone, then in its neighbourhood: body
// text comes in runs of prose, boilerplate in runs of short lines.
func computeFeatures(lines []*line) *pageFeatures {
	pf := &pageFeatures{lines: lines, x: make([][NumFeatures]float64, len(lines))}
	newFeaturer(lines, nil).fill(0, pf.x)
	return pf
}

// featurer is what the features of a page's lines read of the whole page,
// counted once: fill then writes the rows of any run of lines, so that the
// line model can score a page a block at a time without holding every
// line's row (49 floats a line) at once.
type featurer struct {
	lines    []*line
	seen     map[string]int
	total    int
	proseCum []int // prefix counts of prose lines
	wordCum  []int
	nearest  []int
	// noticedAt[i]: a copyright notice stands above line i
	noticedAt []bool
}

// newFeaturer reads the page; seen, when not nil, is how often each line's
// text stands in it (lineCounts), else counted here.
func newFeaturer(lines []*line, seen map[string]int) *featurer {
	n := len(lines)
	fr := &featurer{lines: lines, seen: seen}
	if seen == nil {
		fr.seen = make(map[string]int, n)
	}
	cum := make([]int, 2*(n+1))
	fr.proseCum, fr.wordCum = cum[:n+1], cum[n+1:]
	fr.noticedAt = make([]bool, n)
	noticed := false
	for i, l := range lines {
		if seen == nil {
			fr.seen[l.text]++
		}
		fr.total += l.words
		fr.proseCum[i+1] = fr.proseCum[i] + b2i(l.prose())
		fr.wordCum[i+1] = fr.wordCum[i] + l.words
		fr.noticedAt[i] = noticed
		noticed = noticed || l.notice
	}
	fr.nearest = nearestProse(lines)
	return fr
}

// window is the share of prose lines and the mean words a line within r
// lines of line i.
func (fr *featurer) window(i, r int) (float64, float64) {
	lo, hi := max(0, i-r), min(len(fr.lines), i+r+1)
	return float64(fr.proseCum[hi]-fr.proseCum[lo]) / float64(hi-lo), float64(fr.wordCum[hi]-fr.wordCum[lo]) / float64(hi-lo)
}

// fill writes the feature vectors of lines [from, from+len(x)) to x.
func (fr *featurer) fill(from int, x [][NumFeatures]float64) {
	lines, n, total := fr.lines, len(fr.lines), fr.total
	wordCum := fr.wordCum
	for k := range x {
		i := from + k
		l := lines[i]
		f := &x[k]
		*f = [NumFeatures]float64{}
		lineAlone(f, l)
		pos := float64(i) / float64(max(1, n-1))
		f[20] = pos
		f[21] = b2f(pos < 0.1)
		f[22] = b2f(pos > 0.9)
		f[23] = b2f(fr.seen[l.text] > 1)
		f[24] = float64(wordCum[i]) / float64(max(1, total))
		neighbour(f, 25, lines, i-1)
		neighbour(f, 29, lines, i+1)
		p3, w3 := fr.window(i, 3)
		p10, w10 := fr.window(i, 10)
		f[33], f[34] = p3, math.Log1p(w3)/4
		f[35], f[36] = p10, math.Log1p(w10)/4
		f[37] = math.Log1p(float64(fr.nearest[i])) / 3
		f[38] = b2f(l.blankAbove)
		f[39] = b2f(l.blankBelow)
		f[40] = f[5] * f[6] // long prose with function words
		f[41] = f[1] * p10  // a line's length counts more inside a prose run
		f[42] = b2f(i > 0 && lines[i-1].prose() && i+1 < n && lines[i+1].prose())
		f[43] = float64(wordCum[n]-wordCum[i+1]) / float64(max(1, total))
		// image captions and teasers often appear twice in a row (alt text, then caption)
		f[46] = b2f((i > 0 && lines[i-1].text == l.text) || (i+1 < n && lines[i+1].text == l.text))
		// a site's copyright notice closes its own content; what follows is
		// most often the site's furniture and other stories' teasers
		f[50] = b2f(fr.noticedAt[i])
	}
}

// lineAlone fills the features that look at the line by itself (0-19).
func lineAlone(f *[NumFeatures]float64, l *line) {
	w := float64(max(1, l.words))
	f[0] = 1
	f[1] = l.logWords / 4
	f[2] = b2f(l.words >= 5)
	f[3] = b2f(l.words >= 15)
	f[4] = b2f(l.words >= 40)
	f[5] = b2f(l.endsSent)
	f[6] = float64(l.stop) / w
	f[7] = float64(l.caps) / w
	f[8] = float64(l.digits) / float64(max(1, l.digits+l.letters))
	first, _ := utf8.DecodeRuneInString(l.text)
	f[9] = b2f(strings.HasPrefix(l.text, "* ") || strings.HasPrefix(l.text, "+ ") || strings.HasPrefix(l.text, "o ") || strings.HasPrefix(l.text, "- ") || strings.HasPrefix(l.text, "#"))
	f[10] = b2f(strings.Contains(l.text, "|"))
	f[11] = b2f(l.widget)
	f[12] = b2f(l.linkish)
	f[13] = math.Min(float64(l.boiler), 3) / 3
	f[14] = math.Min(float64(l.commas)/w, 0.5) * 2
	f[15] = b2f(l.words <= 8 && l.shortDate)
	f[16] = b2f(l.digits > 0 && clockLike(l.text))
	f[17] = b2f(l.letters > 3 && !hasLower(l.text))
	f[18] = b2f(unicode.IsLower(first))
	f[19] = b2f(!unicode.IsLetter(first) && !unicode.IsDigit(first) && !strings.ContainsRune(`"'“„«‘`, first))
	f[44] = b2f(l.words <= 6 && l.author)
	f[45] = b2f(teaserMarked(l.text))
	// entities left escaped come from attributes (alt, title), not from running text
	// (each begins with '&', which most lines lack: one byte search says so)
	f[47] = b2f(strings.IndexByte(l.text, '&') >= 0 && (strings.Contains(l.text, "&#") || strings.Contains(l.text, "&quot;") || strings.Contains(l.text, "&amp;")))
	f[48] = b2f(l.cjk)
	f[49] = b2f(l.notice)
}

// neighbour describes the line at j (or nothing, at the page's edges).
func neighbour(f *[NumFeatures]float64, at int, lines []*line, j int) {
	if j < 0 || j >= len(lines) {
		return
	}
	l := lines[j]
	f[at] = l.logWords / 4
	f[at+1] = b2f(l.endsSent)
	f[at+2] = float64(l.stop) / float64(max(1, l.words))
	f[at+3] = math.Min(float64(l.boiler), 3) / 3
}

// nearestProse is each line's distance, in lines, to the closest prose line.
func nearestProse(lines []*line) []int {
	n := len(lines)
	d := make([]int, n)
	last := -1 << 20
	for i, l := range lines {
		if l.prose() {
			last = i
		}
		d[i] = i - last
	}
	last = 1 << 20
	for i := n - 1; i >= 0; i-- {
		if lines[i].prose() {
			last = i
		}
		d[i] = min(d[i], last-i, 1000)
	}
	return d
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// clockLike spots a time of day ("3:51"), a temperature or a percentage.
func clockLike(s string) bool {
	for i := 1; i+2 < len(s); i++ {
		if s[i] == ':' && isDigit(s[i-1]) && isDigit(s[i+1]) && isDigit(s[i+2]) {
			return true
		}
	}
	return strings.Contains(s, "°") || strings.Contains(s, "%") || strings.Contains(s, "km/h")
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// teaserMarked spots the markers sites put before links to other stories
// ("++ ...", ">> ...", "» ...", "► ...").
func teaserMarked(s string) bool {
	for _, p := range []string{"++", ">>", "»", "►", "▶", "→", "›", "•"} {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

func hasLower(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}
