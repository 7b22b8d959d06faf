package extract

import (
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/english"
)

// dateHit is one calendar date written in a text, with its byte range.
type dateHit struct {
	start, end int
	t          time.Time
}

// monthNames maps the month names and abbreviations of the languages the
// engine meets (those of the extraction benchmark's pages: en, de, fr, es,
// it, pt, nl, da, no, sv, fi, pl, cs, ro, hu, lt, sq, bs, id, tr, hy; ru,
// uk, pl, cs, fi, lt and hy in the case a date writes, "1 декабря 2020",
// "19 sierpnia 2020", "14. tammikuuta 2020"; ar) to month numbers, built
// on first use. On a spelling two languages give different months (hr
// "listopada" is October, pl November) the first list wins; hr is left
// out for that. Abbreviations only where no language's word they are
// (it "set" and pt "out" are: a date's shape around them, a day and a
// year, keeps them to dates).
var monthNames = sync.OnceValue(func() map[string]time.Month {
	m := map[string]time.Month{}
	lists := [][]string{
		english.MonthNames[:],
		{"januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"},
		{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"},
		{"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"},
		{"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"},
		{"janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"},
		{"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"},
		{"januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"},    // da
		{"januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"},     // no
		{"januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"},  // sv
		{"januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november", "desember"}, // id
		{"januar", "februar", "mart", "april", "maj", "juni", "juli", "august", "septembar", "oktobar", "novembar", "decembar"},     // bs
		{"ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie", "octombrie", "noiembrie", "decembrie"},
		{"január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember", "október", "november", "december"},
		{"janar", "shkurt", "mars", "prill", "maj", "qershor", "korrik", "gusht", "shtator", "tetor", "nëntor", "dhjetor"},
		{"ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim", "kasım", "aralık"},
		{"stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"},
		{"ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října", "listopadu", "prosince"},
		{"tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta", "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"},
		{"sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio", "liepos", "rugpjūčio", "rugsėjo", "spalio", "lapkričio", "gruodžio"},
		english.MonthAbbreviations[:],
		{"jän", "feb", "mär", "apr", "mai", "jun", "jul", "aug", "sept", "okt", "nov", "dez"},
		{"janv", "févr", "", "avr", "", "", "juil", "", "", "", "", "déc"}, // fr
		{"ene", "", "", "abr", "", "", "", "ago", "set", "", "", "dic"},    // es, it, pt
		{"gen", "fev", "", "", "mag", "giu", "lug", "", "", "ott", "", ""}, // it, pt
		{"", "", "mrt", "", "", "", "", "", "", "out", "", ""},             // nl, pt
		{"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"},
		{"січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"},
		{"հունվարի", "փետրվարի", "մարտի", "ապրիլի", "մայիսի", "հունիսի", "հուլիսի", "օգոստոսի", "սեպտեմբերի", "հոկտեմբերի", "նոյեմբերի", "դեկտեմբերի"},
		{"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"},
	}
	for _, l := range lists {
		for i, name := range l {
			if _, ok := m[name]; !ok && name != "" {
				m[name] = time.Month(i + 1)
			}
		}
	}
	return m
})

// monthLetters is the most letters of a month's name in monthNames
// (pl "października").
const monthLetters = 12

// monthRe is a word that may name a month (monthNames decides), in any
// script: 3 to monthLetters letters.
var monthRe = `(\pL{3,` + strconv.Itoa(monthLetters) + `})\.?`

var (
	// reISODate may be the day of a timestamp (2020-01-28T10:00)
	reISODate = lazyRegexp(`\b(\d{4})-(\d{2})-(\d{2})(?:T|\b)`)
	reMonthDY = lazyRegexp(`\b` + monthRe + `\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`)
	// reDMonthY's day may be an ordinal: "3rd", fr "1er", es and pt
	// "1º de", it "1°"
	reDMonthY = lazyRegexp(`\b(\d{1,2})(?:\.|st|nd|rd|th|er|º|°)?\s+(?:de\s+|of\s+)?` + monthRe + `,?\s+(?:de\s+)?(\d{4})\b`)
	// reYMonthD is a date written year first, as hu ("2020. január 14.")
	// and lt ("2020 m. sausio 14 d.") write it
	reYMonthD = lazyRegexp(`\b(\d{4})(?:\.|\s+m\.)?\s+` + monthRe + `\s+(\d{1,2})\b`)
	// reDotted may follow a letter: a dump glues a byline to its date
	// ("Bettina Kugler19.10.2019")
	reDotted    = lazyRegexp(`(?:^|[^\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b`)
	reCJKDate   = lazyRegexp(`(\d{4})\s?[年년]\s?(\d{1,2})\s?[月월]\s?(\d{1,2})\s?[日일]`)
	reSlashDate = lazyRegexp(`\b(\d{4})/(\d{2})/(\d{2})\b`)
	reDMYSlash  = lazyRegexp(`\b(\d{1,2})/(\d{1,2})/(\d{4})\b`)
)

// dateAfterYear is how many bytes of a date may follow its year: a day
// and a month after it ("-01-28"; "년 12월 31일", 17 bytes in UTF-8;
// " m. lapkričio 14", 17; " m. rugpjūčio 14", 18).
const dateAfterYear = 24

// findDates returns the full calendar dates written in s, in text order.
// Every full date holds a year, so the patterns run only on a short window
// around each year: most text is never matched at all.
func findDates(s string) []dateHit {
	var hits []dateHit
	seen := map[int]bool{}
	for _, y := range years(s) {
		lo, hi := max(0, y-32), min(len(s), y+dateAfterYear)
		lo = startOfRune(s, lo)
		for _, h := range findDatesIn(s[lo:hi]) {
			if h.start += lo; !seen[h.start] {
				seen[h.start] = true
				h.end += lo
				hits = append(hits, h)
			}
		}
	}
	sortHits(hits)
	return hits
}

func startOfRune(s string, i int) int {
	for i > 0 && i < len(s) && !utf8.RuneStart(s[i]) {
		i--
	}
	return i
}

// findDatesIn finds the dates written in s, running each pattern only
// where s holds the marks it needs (datePunct).
func findDatesIn(s string) []dateHit { return datesWith(s, datePunct(s)) }

// datesWith is findDatesIn running only the patterns whose marks need says
// the text holds.
func datesWith(s string, need dateMarks) []dateHit {
	var hits []dateHit
	add := func(loc []int, y, m, d int) {
		if t, ok := mkDate(y, m, d); ok {
			hits = append(hits, dateHit{loc[0], loc[1], t})
		}
	}
	// A pattern runs only where what every match of it holds is in the
	// window: most windows are a year in running text ("in 2020 the"),
	// which none of them matches.
	if need.dash {
		for _, loc := range reISODate().FindAllStringSubmatchIndex(s, -1) {
			add(loc, atoi(s, loc, 1), atoi(s, loc, 2), atoi(s, loc, 3))
		}
	}
	if need.slash {
		for _, loc := range reSlashDate().FindAllStringSubmatchIndex(s, -1) {
			add(loc, atoi(s, loc, 1), atoi(s, loc, 2), atoi(s, loc, 3))
		}
	}
	if need.day && need.month {
		for _, loc := range reMonthDY().FindAllStringSubmatchIndex(s, -1) {
			if m, ok := monthNames()[strings.ToLower(s[loc[2]:loc[3]])]; ok {
				add(loc, atoi(s, loc, 3), int(m), atoi(s, loc, 2))
			}
		}
		for _, loc := range reDMonthY().FindAllStringSubmatchIndex(s, -1) {
			if m, ok := monthNames()[strings.ToLower(s[loc[4]:loc[5]])]; ok {
				add(loc, atoi(s, loc, 3), int(m), atoi(s, loc, 1))
			}
		}
		for _, loc := range reYMonthD().FindAllStringSubmatchIndex(s, -1) {
			if m, ok := monthNames()[strings.ToLower(s[loc[4]:loc[5]])]; ok {
				add(loc, atoi(s, loc, 1), int(m), atoi(s, loc, 3))
			}
		}
	}
	if need.slash && need.day {
		for _, loc := range reDMYSlash().FindAllStringSubmatchIndex(s, -1) {
			d, m := dayFirst(atoi(s, loc, 1), atoi(s, loc, 2))
			add(loc, atoi(s, loc, 3), m, d)
		}
	}
	if need.dot && need.day {
		for _, loc := range reDotted().FindAllStringSubmatchIndex(s, -1) {
			d, m := dayFirst(atoi(s, loc, 1), atoi(s, loc, 2))
			loc[0] = loc[2] // the match may hold the character before the day
			add(loc, atoi(s, loc, 3), m, d)
		}
	}
	if need.day && need.cjk {
		for _, loc := range reCJKDate().FindAllStringSubmatchIndex(s, -1) {
			add(loc, atoi(s, loc, 1), atoi(s, loc, 2), atoi(s, loc, 3))
		}
	}
	return hits
}

// dayFirst reads a date's two leading numbers as day and month, day first
// unless that cannot be (01.21.2020, 1/21/2020): most of the world writes
// it so.
func dayFirst(a, b int) (day, month int) {
	if a <= 12 && b > 12 {
		return b, a
	}
	return a, b
}

// dateMarks says which of what the date patterns need a text holds.
type dateMarks struct {
	// dash: a dash between a year and a month (isoDash), as reISODate
	// needs; slash: the mark the slashed patterns need; dot: a dot between
	// two numbers (dottedPair), as reDotted needs
	dash, slash, dot bool
	// day: a run of one or two ASCII digits between two non-digits (or
	// the text's ends), as every pattern with a day or a month number of
	// one or two digits needs (\b(\d{1,2}) then a non-digit: RE2's \d
	// and \b are ASCII)
	day bool
	// month: a word that may be a month's name where one stands in a date
	// (mayNameMonth), as reMonthDY, reDMonthY and reYMonthD need
	month bool
	// cjk: the year mark 年 or 년, as reCJKDate needs
	cjk bool
}

func datePunct(s string) dateMarks {
	var m dateMarks
	run := 0
	for i := 0; i <= len(s); i++ {
		if i < len(s) && isDigit(s[i]) {
			run++
			continue
		}
		if run == 1 || run == 2 {
			m.day = true
		}
		run = 0
		if i < len(s) {
			switch s[i] {
			case '-':
				m.dash = m.dash || isoDash(s, i)
			case '/':
				m.slash = true
			case '.':
				m.dot = m.dot || dottedPair(s, i)
			}
		}
	}
	m.month = m.day && mayNameMonth(s)
	m.cjk = strings.Contains(s, "年") || strings.Contains(s, "년")
	return m
}

// isoDash reports whether the dash at s[i] stands between a year and a
// month as in reISODate: four digits before it, then two digits, a dash
// and two digits after it.
func isoDash(s string, i int) bool {
	return i >= 4 && i+6 <= len(s) && digitsOnly(s[i-4:i]) && digitsOnly(s[i+1:i+3]) && s[i+3] == '-' && digitsOnly(s[i+4:i+6])
}

// digitsOnly reports whether every byte of s is an ASCII digit.
func digitsOnly(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}

// dottedPair reports whether the dot at s[i] stands between two numbers as
// in reDotted's day and month: a digit before it, a digit after it, maybe
// after one white space.
func dottedPair(s string, i int) bool {
	if i == 0 || !isDigit(s[i-1]) {
		return false
	}
	j := i + 1
	if j < len(s) && reSpace(s[j]) {
		j++
	}
	return j < len(s) && isDigit(s[j])
}

// mayNameMonth reports whether s holds a run of letters that may be the
// month of reMonthDY, reDMonthY or reYMonthD: one of its last 3 to
// monthLetters letters is a month's name (monthNames, lowered as datesWith
// lowers it), and what follows it is what follows the month in one of
// them (monthFollows). Most windows around a year hold none ("in 2020
// the"), and a byte scan says so where the patterns' backtracking cost
// far more.
func mayNameMonth(s string) bool {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			i += n
			continue
		}
		start := i
		for i < len(s) {
			if r, n = utf8.DecodeRuneInString(s[i:]); !unicode.IsLetter(r) {
				break
			}
			i += n
		}
		if monthFollows(s, i) && endsInMonth(s[start:i]) {
			return true
		}
	}
	return false
}

// monthFollows reports whether s from j reads as what follows a month's
// name in reMonthDY (".", white space, a day), reDMonthY (".", ",", white
// space, "de" or a year) or reYMonthD (".", white space, a day): an
// optional '.', an optional ',', white space as RE2's \s reads it, then a
// digit or a 'd'.
func monthFollows(s string, j int) bool {
	if j < len(s) && s[j] == '.' {
		j++
	}
	if j < len(s) && s[j] == ',' {
		j++
	}
	if j == len(s) || !reSpace(s[j]) {
		return false
	}
	for j < len(s) && reSpace(s[j]) {
		j++
	}
	return j < len(s) && (isDigit(s[j]) || s[j] == 'd')
}

// reSpace is RE2's \s: ASCII white space but the vertical tab.
func reSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' }

// endsInMonth reports whether the last 3 to monthLetters letters of the
// run (the letters monthRe reads), lowered, name a month.
func endsInMonth(run string) bool {
	letters := 0
	for i := len(run); i > 0 && letters < monthLetters; {
		_, n := utf8.DecodeLastRuneInString(run[:i])
		i -= n
		if letters++; letters >= 3 {
			if _, ok := monthNames()[strings.ToLower(run[i:])]; ok {
				return true
			}
		}
	}
	return false
}

func sortHits(h []dateHit) {
	for i := 1; i < len(h); i++ {
		for j := i; j > 0 && h[j].start < h[j-1].start; j-- {
			h[j], h[j-1] = h[j-1], h[j]
		}
	}
}

func atoi(s string, loc []int, g int) int {
	n, _ := strconv.Atoi(s[loc[2*g]:loc[2*g+1]])
	return n
}

// mkDate accepts only real days in a plausible range for web pages.
func mkDate(y, m, d int) (time.Time, bool) {
	if y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31 {
		return time.Time{}, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return time.Time{}, false
	}
	return t, true
}

// publishedLayouts are the layouts structured inputs use for their dates.
var publishedLayouts = []string{
	time.RFC3339Nano, time.RFC3339, "2006-01-02T15:04:05", "2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00", "2006-01-02 15:04:05", "2006-01-02 15:04",
	time.RFC1123Z, time.RFC1123, "Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST",
	"Mon, 02 Jan 2006 15:04 -0700", "2 Jan 2006 15:04:05 -0700", time.RFC850, time.ANSIC,
	time.RFC822Z, time.RFC822, "2006-01-02", "2006/01/02", "02.01.2006", "January 2, 2006", "Jan 2, 2006",
	"2 January 2006", "20060102",
}

// parsePublished reads a date given by a structured input. hasTime is false
// when only the day is known.
func parsePublished(s string) (t time.Time, hasTime, ok bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, false, false
	}
	for _, l := range publishedLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t, strings.Contains(l, "15"), true
		}
	}
	if hits := findDates(s); len(hits) > 0 {
		return hits[0].t, false, true
	}
	return time.Time{}, false, false
}

// dateGuess is the publication date chosen for an article and why.
type dateGuess struct {
	day        time.Time // zero when unknown
	at         *time.Time
	confidence float64
	evidence   string
}

func (g dateGuess) known() bool { return !g.day.IsZero() }

// better reports whether g should replace o.
func (g dateGuess) better(o dateGuess) bool {
	return g.known() && (!o.known() || g.confidence > o.confidence)
}

// notAfter drops a guess that lies after the capture day: an article cannot
// be published after the page that holds it was saved.
func (g dateGuess) notAfter(captured time.Time) dateGuess {
	if !g.known() || captured.IsZero() {
		return g
	}
	c := captured.UTC()
	limit := time.Date(c.Year(), c.Month(), c.Day(), 0, 0, 0, 0, time.UTC).AddDate(0, 0, 1)
	if !g.day.Before(limit) {
		return dateGuess{}
	}
	return g
}

// apply writes the guess into the article's date fields.
func (g dateGuess) apply(a *storyline.Article) {
	if !g.known() {
		return
	}
	a.Published = g.day.Format("2006-01-02")
	a.PublishedAt = g.at
	a.PublishedConfidence = g.confidence
	a.PublishedEvidence = g.evidence
}

// years lists the byte offsets of the four-digit years 1900-2099 that
// stand alone in s.
func years(s string) []int {
	var at []int
	for i := 0; i+4 <= len(s); i++ {
		if (s[i] == '1' && s[i+1] == '9' || s[i] == '2' && s[i+1] == '0') && isDigit(s[i+2]) && isDigit(s[i+3]) &&
			(i == 0 || !isDigit(s[i-1])) && (i+4 == len(s) || !isDigit(s[i+4])) {
			at = append(at, i)
			i += 3
		}
	}
	return at
}
