package timex

import (
	"strings"
	"unicode"

	"github.com/storyline-news/storyline"
)

// carryYears gives a day written without its year the year of a day the
// article writes in full with the same month and day, the nearest one
// before it, else the nearest after: "the September 11, 2001 attacks ...
// since September 11" names one day twice. The year nearest the
// publication day is only the guess for a day the article never dates.
func carryYears(ms []match) []match {
	for i := range ms {
		if ms[i].year != yearGuessed {
			continue
		}
		if y, ok := statedYear(ms, i); ok {
			ms[i].value = y + ms[i].value[4:]
		}
	}
	return ms
}

// statedYear is the year of the stated day nearest ms[i] (those before
// it first) with ms[i]'s month and day.
func statedYear(ms []match, i int) (string, bool) {
	same := func(j int) bool {
		return ms[j].year == yearWritten && ms[j].value[4:] == ms[i].value[4:]
	}
	for j := i - 1; j >= 0; j-- {
		if same(j) {
			return ms[j].value[:4], true
		}
	}
	for j := i + 1; j < len(ms); j++ {
		if same(j) {
			return ms[j].value[:4], true
		}
	}
	return "", false
}

// GuessedYear reports whether a day mention's words name a month and a day
// and no year ("September 11", "11 Sept."), so that its year is the one
// nearest the publication day, or one the article states elsewhere:
// a story's timeline may take the year another of its articles writes
// for that day.
func GuessedYear(m storyline.DateMention) bool {
	if len(m.Date) != len(dayLayout) {
		return false
	}
	var named, day bool
	for _, w := range strings.FieldsFunc(m.Text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		switch {
		case month(w) != 0:
			named = true
		case len(w) == 4 && isDigits(w):
			return false // a year
		case len(w) <= 4 && w[0] >= '0' && w[0] <= '9':
			day = true // "11", "11th"
		}
	}
	return named && day
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// WrittenYear reports whether a day mention writes its year
// ("September 11, 2001", "2001-09-11").
func WrittenYear(m storyline.DateMention) bool {
	if len(m.Date) != len(dayLayout) {
		return false
	}
	for _, w := range strings.FieldsFunc(m.Text, func(r rune) bool { return !unicode.IsDigit(r) }) {
		if w == m.Date[:4] {
			return true
		}
	}
	return false
}
