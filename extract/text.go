package extract

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// minPartWords is the least body an article split off a page must have;
// less is a teaser or a stray caption, not an article.
const minPartWords = 40

// minArticleWords is the least body a page's only article must have.
const minArticleWords = 12

var (
	reByline    = lazyRegexp(`^(?i:by|von|par|por|di|door|autor(?:in)?|author|written by|text)\s*:?\s+(\p{Lu}[\p{L}.'’\-]*(?:\s+(?:and|und|&|et|y|,)?\s*\p{Lu}?[\p{L}.'’\-]+){0,6})\s*$`)
	reDateLabel = lazyRegexp(`^(?i:date|datum|published|publié|publicado|veröffentlicht|updated|aktualisiert|posted|stand)\s*:?\s*`)
)

// fromText cleans a text dump: score lines, keep the article region, split
// it where a new headline and dateline start another article, then pull
// title, byline, dateline and date out of each part.
func (e *Extractor) fromText(text string, captured time.Time) []*draft {
	lines := splitLines(text)
	if len(lines) == 0 {
		return nil
	}
	texts := lineCounts(lines)
	s := e.model.score(lines, texts)
	keep := e.model.bodyLines(s)
	if len(keep) == 0 {
		return nil
	}
	var drafts []*draft
	prevEnd := 0
	title := titleChooser{model: e.textTitle, repeats: texts, byline: e.textByline.Weights, date: e.textDate}
	for _, part := range splitParts(lines, keep, captured) {
		d := buildDraft(lines, part, prevEnd, captured, title)
		prevEnd = part.lines[len(part.lines)-1] + 1
		if hasWords(d.body, minPartWords) || (len(drafts) == 0 && hasWords(d.body, minArticleWords)) {
			drafts = append(drafts, d)
		}
	}
	if len(drafts) > 1 && !hasWords(drafts[0].body, minPartWords) {
		drafts = drafts[1:]
	}
	pageDates(drafts, lines, captured)
	site := dumpSite(lines, keep, e.textSite)
	for _, d := range drafts {
		d.origin.site = site
		if site != "" && isMasthead(d.title, site, lines) {
			d.title = "" // the site's masthead ("COASTAL WIRE | Latest headlines") heads no article
		}
	}
	return drafts
}

// part is one article's share of the kept lines; headline is the index of
// the headline that opened it, or -1.
type part struct {
	lines    []int
	headline int
}

// splitParts cuts the kept lines where a headline-like line is followed by
// a dateline: the strongest sign that a second article starts.
func splitParts(lines []*line, keep []int, now time.Time) []part {
	first, last := keep[0], keep[len(keep)-1]
	var parts []part
	cur := part{headline: -1}
	k := 0
	for i := first; i <= last; i++ {
		if i > first+1 && isBoundary(lines, i, now) {
			if len(cur.lines) > 0 {
				parts = append(parts, cur)
			}
			cur = part{headline: i - 1, lines: []int{i}}
			for k < len(keep) && keep[k] <= i {
				k++
			}
			continue
		}
		if k < len(keep) && keep[k] == i {
			if i != cur.headline {
				cur.lines = append(cur.lines, i)
			}
			k++
		}
	}
	if len(cur.lines) > 0 {
		parts = append(parts, cur)
	}
	for p := range parts {
		if h := parts[p].headline; h >= 0 && p > 0 {
			parts[p-1].lines = dropIndex(parts[p-1].lines, h)
		}
	}
	return parts
}

func dropIndex(xs []int, v int) []int {
	out := xs[:0]
	for _, x := range xs {
		if x != v {
			out = append(out, x)
		}
	}
	return out
}

// isBoundary: line i opens with a wire dateline and the line before is a
// headline. The headline test goes first: it turns down most lines on their
// counts, where the dateline's regexps would run on every line with a dash.
func isBoundary(lines []*line, i int, now time.Time) bool {
	if !headlineLike(lines[i-1]) {
		return false
	}
	d, _, ok := parseDateline(lines[i].text, now)
	return ok && (d.Agency != "" || d.Date != "")
}

// headlineLike: a short line of words that does not end like a sentence and
// has none of the marks of page furniture.
func headlineLike(l *line) bool {
	if l.words < 2 || l.words > 25 || l.boiler*4 > l.words || l.letters*2 < len(l.text) {
		return false
	}
	t := strings.TrimRight(l.text, ` "”’'`)
	if strings.HasSuffix(t, ".") || strings.HasSuffix(t, ",") || strings.HasSuffix(t, ":") || strings.HasSuffix(t, ";") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(l.text)
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !strings.ContainsRune(`"“„«‘'¿¡`, r) {
		return false
	}
	return !l.linkish && !l.widget && !strings.Contains(l.text, "|") && !l.shortDate && !l.isByline()
}

// hasWords reports whether paras hold at least n words: words(paras) >= n,
// read only as far as the n-th word, where a count read the whole body.
func hasWords(paras []string, n int) bool {
	if n <= 0 {
		return true
	}
	for _, p := range paras {
		for range strings.FieldsSeq(p) {
			if n--; n == 0 {
				return true
			}
		}
	}
	return false
}

// words counts the words of paras: hasWords' reference (TestHasWordsIsWords).
func words(paras []string) int {
	n := 0
	for _, p := range paras {
		for range strings.FieldsSeq(p) {
			n++
		}
	}
	return n
}

func joinParagraphs(paras []string) string { return strings.Join(paras, "\n\n") }
