package english

import (
	"strings"
	"time"
)

// MonthNames are the English month names, lower case, January first.
var MonthNames = [12]string{"january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december"}

// MonthAbbreviations are the three-letter abbreviations of MonthNames.
var MonthAbbreviations = [12]string{"jan", "feb", "mar", "apr", "may", "jun", "jul",
	"aug", "sep", "oct", "nov", "dec"}

// monthSpellings adds to the abbreviations the other spellings news text
// uses ("Sept. 12").
var monthSpellings = map[string]time.Month{"sept": time.September}

// WeekdayNames are the English names of the days, lower case, Sunday
// first as in time.Weekday.
var WeekdayNames = [7]string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"}

// MonthName returns the month a full month name names (any case): "may"
// is May, "jan" is no month name.
func MonthName(w string) (time.Month, bool) {
	w = strings.ToLower(w)
	for i, n := range MonthNames {
		if n == w {
			return time.Month(i + 1), true
		}
	}
	return 0, false
}

// Month returns the month a name or an abbreviation names (any case, no
// trailing period): "March", "mar", "Sept".
func Month(w string) (time.Month, bool) {
	if m, ok := MonthName(w); ok {
		return m, true
	}
	w = strings.ToLower(w)
	for i, n := range MonthAbbreviations {
		if n == w {
			return time.Month(i + 1), true
		}
	}
	m, ok := monthSpellings[w]
	return m, ok
}

// MonthSpellings returns every spelling Month accepts, lower case.
func MonthSpellings() []string {
	out := append(MonthNames[:0:0], MonthNames[:]...)
	for _, a := range MonthAbbreviations {
		if a != "may" {
			out = append(out, a)
		}
	}
	for s := range monthSpellings {
		out = append(out, s)
	}
	return out
}

// Weekday returns the day a weekday's name names (any case): "Tuesday".
func Weekday(w string) (time.Weekday, bool) {
	w = strings.ToLower(w)
	for i, n := range WeekdayNames {
		if n == w {
			return time.Weekday(i), true
		}
	}
	return 0, false
}

// IsWeekday reports whether w (any case) names a day of the week.
func IsWeekday(w string) bool {
	_, ok := Weekday(w)
	return ok
}

// IsMonthName reports whether w (any case) is a full month name.
func IsMonthName(w string) bool {
	_, ok := MonthName(w)
	return ok
}
