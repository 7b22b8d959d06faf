package extract

import (
	"strings"
	"time"

	"github.com/storyline-news/storyline"
)

// A dateline opens a wire story: "Strasbourg, France (AFP) Jan 21, 2026 -",
// "LISBON (Reuters) -", "BERLIN, Jan 5 (dpa) -", "WASHINGTON —".
const (
	dlPlace  = `(\p{Lu}[\p{L}.'’\-]*(?:(?:, | |/)\p{Lu}[\p{L}.'’\-]*){0,4})`
	dlAgency = `\(([\p{L}][\p{L}&/ .\-]{0,30})\)`
	dlDate   = `([A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?)`
	dlDash   = `\s*(?:-{1,2}|–|—|:)(?:\s+|$)`
)

var (
	reDatelineAgency    = lazyRegexp(`^` + dlPlace + `\s*` + dlAgency + `(?:\s*` + dlDate + `)?` + dlDash)
	reDatelineDateFirst = lazyRegexp(`^` + dlPlace + `, ` + dlDate + `\s*` + dlAgency + dlDash)
	reDatelineCaps      = lazyRegexp(`^(\p{Lu}{3,}(?:[ /]\p{Lu}{2,}){0,2}(?:, \p{Lu}[\p{L}.]+)?)\s*(?:--|–|—)\s+`)
)

// parseDateline finds a dateline at the start of s. It returns the dateline,
// the text after it, and whether one was found. now resolves a date written
// without its year.
func parseDateline(s string, now time.Time) (*storyline.Dateline, string, bool) {
	if !maybeDateline(s) {
		return nil, s, false
	}
	if m := reDatelineAgency().FindStringSubmatchIndex(s); m != nil {
		d := &storyline.Dateline{Place: sub(s, m, 1), Agency: strings.TrimSpace(sub(s, m, 2))}
		d.Date = datelineDay(sub(s, m, 3), now)
		return d, strings.TrimSpace(s[m[1]:]), true
	}
	if m := reDatelineDateFirst().FindStringSubmatchIndex(s); m != nil {
		d := &storyline.Dateline{Place: sub(s, m, 1), Agency: strings.TrimSpace(sub(s, m, 3))}
		d.Date = datelineDay(sub(s, m, 2), now)
		return d, strings.TrimSpace(s[m[1]:]), true
	}
	if m := reDatelineCaps().FindStringSubmatchIndex(s); m != nil && m[1] < len(s) {
		return &storyline.Dateline{Place: sub(s, m, 1)}, strings.TrimSpace(s[m[1]:]), true
	}
	return nil, s, false
}

func sub(s string, m []int, g int) string {
	if m[2*g] < 0 {
		return ""
	}
	return s[m[2*g]:m[2*g+1]]
}

// datelineDay turns "Jan 21, 2026" or "Jan 21" into YYYY-MM-DD; a date
// without a year takes the latest year that does not put it after now.
func datelineDay(s string, now time.Time) string {
	if s == "" {
		return ""
	}
	if hits := findDates(s); len(hits) > 0 {
		return hits[0].t.Format("2006-01-02")
	}
	f := strings.Fields(strings.ReplaceAll(s, ".", ""))
	if len(f) != 2 {
		return ""
	}
	m, ok := monthNames()[strings.ToLower(f[0])]
	if !ok {
		return ""
	}
	day := 0
	for _, c := range f[1] {
		day = day*10 + int(c-'0')
	}
	y := now.Year()
	t, ok := mkDate(y, int(m), day)
	if ok && t.After(now) {
		t, ok = mkDate(y-1, int(m), day)
	}
	if !ok {
		return ""
	}
	return t.Format("2006-01-02")
}

// maybeDateline is a cheap test that rules out most lines: a dateline has a
// parenthesis or a dash within its first words.
func maybeDateline(s string) bool {
	h := s[:min(len(s), 90)]
	return strings.Contains(h, "(") || strings.Contains(h, "-") || strings.Contains(h, "—") || strings.Contains(h, "–") || strings.Contains(h, ":")
}
