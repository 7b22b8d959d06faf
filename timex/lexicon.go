package timex

import (
	"strings"
	"sync"
	"time"

	"github.com/storyline-news/storyline/english"
)

// months maps every spelling of a month name the matcher accepts (lower
// case, without a trailing period) to its month.
var months = sync.OnceValue(func() map[string]time.Month {
	m := map[string]time.Month{}
	for _, s := range english.MonthSpellings() {
		m[s], _ = english.Month(s)
	}
	return m
})

// weekdays maps the names of the days to them.
var weekdays = sync.OnceValue(func() map[string]time.Weekday {
	m := map[string]time.Weekday{}
	for i, s := range english.WeekdayNames {
		m[s] = time.Weekday(i)
	}
	return m
})

var numberWords = map[string]int{
	"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}

// alternation builds a regexp alternation of the keys, longest first so that
// "sept" wins over "sep".
func alternation[V any](m map[string]V) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sortLongestFirst(keys)
	return strings.Join(keys, "|")
}

func sortLongestFirst(keys []string) {
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && less(keys[j], keys[j-1]); j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
}

func less(a, b string) bool {
	if len(a) != len(b) {
		return len(a) > len(b)
	}
	return a < b
}

func month(s string) time.Month {
	return months()[strings.TrimSuffix(strings.ToLower(s), ".")]
}

func number(s string) int {
	if n, ok := numberWords[strings.ToLower(s)]; ok {
		return n
	}
	n := 0
	for _, r := range s {
		if r < '0' || r > '9' || n > 10000 {
			return 0
		}
		n = n*10 + int(r-'0')
	}
	return n
}
