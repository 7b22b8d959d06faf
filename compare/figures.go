package compare

import (
	"math"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/english"
	"github.com/storyline-news/storyline/text"
)

// Quantity is one number an article states, with what it counts: "$1.2
// billion" (1200000000 dollars), "two dozen protesters" (24 protester), "at
// least 50 people killed" (50 people killed), "40 percent".
type Quantity struct {
	storyline.Span
	Value float64
	// What is what the number counts, normalised ("people killed",
	// "dollar", "percent", "troop"); empty when no counted noun follows.
	What string
	// Scale is the multiplier word's value ("billion" = 1e9) when the
	// number was written with one, else 1: "1.2 billion" is a rounding of
	// anything from 1.15 to 1.25 billion.
	Scale float64
	// Decimals is the number of digits written after the decimal point.
	Decimals int
	// Approx is set when a hedge opens the figure ("about 940 miles",
	// "some 930"): the writer gives a round value, not a count.
	Approx bool
	// Bound is set when a bound opens the figure ("at least 50", "more
	// than 200", "up to 10"): the writer gives a limit, which later counts
	// may pass without contradicting it.
	Bound bool
	// Below is set with Bound when the limit is an upper one ("up to 10",
	// "fewer than 20", "at most 5"); a lower one ("at least 50", "more
	// than 200", "over $142 million") leaves it unset.
	Below bool
	// Converted is set when the value was converted from another unit of
	// the same measure ("2,000 feet" as 609.6 metres): the writer's round
	// number in one unit is not a round number in the other.
	Converted bool
	// unit is the unit a length was written in, one name per unit ("ft"
	// for "feet" and "foot", "m" for "metres" and "meters"); "" for other
	// figures. Two lengths written in one unit were not converted from
	// each other.
	unit string
	// Phrase is the figure as a reader needs it shown: Span, ending at the
	// head of the noun phrase when the counted word only modifies it
	// ("five FBI employees", where Span is "five FBI").
	Phrase storyline.Span
	// tok is the index of the number's first token in the body's tokens.
	tok int
	// head is the plural noun the counted noun modifies, singular ("truck"
	// of "two ladder trucks"; see compoundHead); "" when the counted noun
	// is the head.
	head string
	// nounPhrase is where the words of what is counted stand when a head
	// follows the counted noun ("ladder trucks" of "two ladder trucks"):
	// what a reader calls the figure.
	nounPhrase storyline.Span
}

var (
	unitWords = sync.OnceValue(func() map[string]float64 {
		return map[string]float64{
			"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
			"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
			"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
			"nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
			"seventy": 70, "eighty": 80, "ninety": 90,
		}
	})
	scaleWords = map[string]float64{
		"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
		"dozen": 12,
	}
	// qualifierWords open a figure's text: "at least 50", "nearly 200".
	qualifiers = [][]string{
		{"at", "least"}, {"at", "most"}, {"more", "than"}, {"less", "than"}, {"fewer", "than"},
		{"up", "to"}, {"nearly"}, {"almost"}, {"about"}, {"around"}, {"roughly"}, {"some"},
		{"approximately"}, {"over"}, {"under"}, {"only"}, {"just"},
	}
	// hedges are the qualifiers that make a value approximate; bounds ("at
	// least", "more than") do not: "at least 50" and "52" differ (CONTRACT.md).
	hedges = map[string]bool{"about": true, "around": true, "roughly": true, "some": true,
		"approximately": true, "nearly": true, "almost": true}
	// bounds open the qualifiers that state a limit ("at least", "more
	// than", "up to", "over"), by their first word.
	bounds = map[string]bool{"at": true, "more": true, "less": true, "fewer": true, "up": true, "over": true, "under": true}
	// upperBounds are the bounds that state a ceiling.
	upperBounds = map[string]bool{"at most": true, "less than": true, "fewer than": true, "up to": true, "under": true}
	currency    = map[string]string{"$": "dollar", "€": "euro", "£": "pound", "us$": "dollar"}
	// skipBefore are words that make the following number something other
	// than a count: a date, a rank, an address, an age.
	monthWords = english.LazyWordSet(`jan jan. january feb feb. february mar mar. march apr apr. april may june jun. july jul.
		aug aug. august sept sept. sep. september oct oct. october nov nov. november dec dec.
		december no. number page district route chapter article section amendment title flight
		sep`)
	// timeZones follow a time of day written as a number ("0300 GMT",
	// "1300 UTC").
	timeZones = map[string]bool{"gmt": true, "utc": true, "est": true, "edt": true, "pst": true, "pdt": true,
		"cet": true, "bst": true, "ist": true}
	// countStop are words that cannot be what a number counts.
	countStop = english.LazyWordSet(`of the a an and or to in on at for by with from is was were are be that this as it he
		she they we i p.m. a.m. pm am o'clock has had have will would if`)
	// countModifiers sit between a number and its noun without being it.
	countModifiers = map[string]bool{
		"more": true, "other": true, "additional": true, "new": true, "further": true, "extra": true,
		"american": true, "u.s.": true, "civilian": true, "unarmed": true, "armed": true, "total": true,
	}
	// timeUnits count stretches of time, which a story has many of; the
	// word after the unit tells them apart.
	timeUnits = map[string]bool{"year": true, "month": true, "week": true, "day": true, "hour": true, "minute": true, "second": true}
	// beVerbs may stand between a counted noun and its participle ("52
	// people were killed").
	beVerbs = map[string]bool{"were": true, "was": true, "have": true, "had": true, "been": true, "are": true, "being": true, "is": true}
)

// maxFigureTokens bounds how far a figure's words may run: a qualifier (2),
// the number with its scale words (4), a modifier, the noun and a
// participle (3); longer runs are a list of numbers, not one figure.
const maxFigureTokens = 10

// Figures finds the quantities a body states, in reading order. Numbers
// inside skip (date expressions the timex stage resolved) are not figures,
// nor are years, times, ranks, dates and numbers glued to other symbols
// ("9/11", "1st"). Every span lies inside body.
func Figures(body string, skip []storyline.Span) []Quantity {
	toks := text.Tokenize(body)
	return figuresIn(toks, skip)
}

func figuresIn(toks []storyline.Token, skip []storyline.Span) []Quantity {
	var out []Quantity
	for i := 0; i < len(toks); i++ {
		q, next, ok := figureAt(toks, i)
		if !ok {
			continue
		}
		if !insideAny(q.Span, skip) {
			out = append(out, q)
		}
		i = next - 1
	}
	return out
}

func insideAny(s storyline.Span, spans []storyline.Span) bool {
	for _, o := range spans {
		if s.Overlaps(o) {
			return true
		}
	}
	return false
}

// figureAt reads a figure whose number starts at toks[i] (after an optional
// currency sign), returning it and the index of the first token after it.
func figureAt(toks []storyline.Token, i int) (Quantity, int, bool) {
	start := i
	cur := ""
	low := strings.ToLower(toks[i].Text)
	if c, ok := currency[low]; ok && i+1 < len(toks) {
		cur, i = c, i+1
	}
	val, scale, decimals, j, ok := numberAt(toks, i)
	if !ok && cur != "" {
		val, scale, decimals, j, ok = countryNumberAt(toks, i)
	}
	if !ok || (cur == "" && !countable(toks, start, i, j, val)) || cur != "" && (splitDecimal(toks, i, j) || splitThousands(toks, i, j)) {
		return Quantity{}, 0, false
	}
	q := Quantity{Value: val * scale, Scale: scale, Decimals: decimals, tok: start}
	qs := qualifierStart(toks, start)
	q.Approx = qs < start && hedges[strings.ToLower(toks[qs].Text)]
	q.Bound = qs < start && bounds[strings.ToLower(toks[qs].Text)]
	q.Below = q.Bound && upperBounds[phrase(toks[qs:start])]
	start = qs
	end, headEnd := j, 0
	switch {
	case cur != "":
		q.What = cur
		if j < len(toks) && strings.HasPrefix(strings.ToLower(toks[j].Text), "dollar") {
			end = j + 1
		}
	case cur == "" && j == i+1 && gluedUnit(toks[i].Text) != "":
		q.What = gluedUnit(toks[i].Text) // "58km": the unit is the number's own token
		q = inBaseUnit(q)
	case j < len(toks) && (toks[j].Text == "%" || isPercent(toks, j)):
		q.What = "percent"
		end = j + 1
		if toks[j].Text != "%" && strings.EqualFold(toks[j].Text, "per") {
			end = j + 2
		}
	default:
		q.What, end = countedNoun(toks, j)
		var k int
		q.head, k = headNoun(toks, j)
		if q.head != "" && k >= j {
			q.nounPhrase = storyline.Span{Start: toks[j].Start, End: toks[k].End}
		}
		q.What, end = casualty(toks, start, end, q.What)
		q = inBaseUnit(q)
		headEnd = k + 1
	}
	q.Span = storyline.Span{Start: toks[start].Start, End: toks[max(end, j)-1].End}
	q.Phrase = q.Span
	if headEnd > max(end, j) && !stopWords()[strings.ToLower(toks[j].Text)] { // not "two about making changes"
		q.Phrase.End = toks[headEnd-1].End
	}
	return q, max(end, j), true
}

// countryNumberAt reads the number of a currency sign written with its
// country glued to the number ("$US1 million", "$A5"), which the tokenizer
// keeps as one token after the sign: the amount is in that country's
// currency, as "US$1 million" is.
func countryNumberAt(toks []storyline.Token, i int) (val, scale float64, decimals, next int, ok bool) {
	w := toks[i].Text
	k := strings.IndexFunc(w, func(r rune) bool { return r >= '0' && r <= '9' })
	if k < 1 || k > 2 || strings.ToUpper(w[:k]) != w[:k] || !isNumeral(w[k:]) {
		return 0, 0, 0, 0, false
	}
	run := append([]storyline.Token(nil), toks[i:min(len(toks), i+maxFigureTokens)]...)
	run[0].Text = w[k:]
	val, scale, decimals, next, ok = numberAt(run, 0)
	return val, scale, decimals, i + next, ok
}

func isPercent(toks []storyline.Token, j int) bool {
	w := strings.ToLower(toks[j].Text)
	if w == "percent" || w == "pct" || w == "pct." {
		return true
	}
	return w == "per" && j+1 < len(toks) && strings.EqualFold(toks[j+1].Text, "cent")
}

// countable rejects numbers that are dates, years, ranks or parts of other
// tokens; i is the number's token (after any currency sign), j the token
// after the number.
func countable(toks []storyline.Token, start, i, j int, val float64) bool {
	if start > 0 {
		prev := strings.ToLower(toks[start-1].Text)
		if monthWords()[prev] || prev == "#" {
			return false
		}
		if start == i && isNumeral(toks[i].Text) && designation(toks, start-1) && !countsAfter(toks, j) {
			return false // "Senate Bill 1062", "the Park 51 project": a name
		}
	}
	if j < len(toks) {
		next := strings.ToLower(toks[j].Text)
		if monthWords()[next] && next != "may" {
			return false
		}
		if strings.HasPrefix(next, "-") || next == ":" || next == "/" {
			return false
		}
		if timeZones[next] {
			return false // "0300 GMT": a time of day
		}
		if next == "block" && j+1 < len(toks) && strings.EqualFold(toks[j+1].Text, "of") {
			return false // "the 12000 block of East 223rd Street": an address
		}
	}
	if splitDecimal(toks, start, j) || splitThousands(toks, start, j) {
		return false
	}
	first := toks[i].Text
	if isDigits(first) && len(first) == 4 && val >= 1800 && val <= 2100 && j == i+1 {
		return false // a year
	}
	if strings.EqualFold(first, "one") && j == i+1 {
		return false // "one of them", "no one": a count of one says too little
	}
	return true
}

// countsAfter reports whether the word after a number says it counts
// something: a percent or a plural ("Obama 47 percent", "Romney 206
// electoral votes" stay figures after a name).
func countsAfter(toks []storyline.Token, j int) bool {
	for end := j + maxCompound + 1; j < len(toks) && j < end; j++ {
		w := strings.ToLower(toks[j].Text)
		if w == "%" || isPercent(toks, j) || isPlural(w) {
			return true
		}
		if !isWord(w) || countStop()[w] {
			return false
		}
	}
	return false
}

// designation reports whether toks[k], right before a numeral, makes it
// part of a name: a capitalised word inside a sentence that is no
// qualifier ("Bill 1062", "Route 66", "Chapter 11"), as against a sentence
// opening with the word ("Nearly 3,000 people", "Only 17 percent").
func designation(toks []storyline.Token, k int) bool {
	if !startsUpperWord(toks[k].Text) || k == 0 {
		return false
	}
	low := strings.ToLower(toks[k].Text)
	if hedges[low] || bounds[low] || countStop()[low] || stopWords()[low] {
		return false
	}
	switch toks[k-1].Text {
	case ".", "!", "?", ":", ";", "\"", "“", "(", "—", "-", "–":
		return false
	}
	return true
}

// qualifierStart moves a figure's start back over a qualifier ("at least").
func qualifierStart(toks []storyline.Token, i int) int {
	for _, q := range qualifiers {
		if i >= len(q) && matchWords(toks[i-len(q):i], q) {
			return i - len(q)
		}
	}
	return i
}

// phrase is the tokens' words, lower case, one space apart.
func phrase(toks []storyline.Token) string {
	ws := make([]string, len(toks))
	for k, t := range toks {
		ws[k] = strings.ToLower(t.Text)
	}
	return strings.Join(ws, " ")
}

func matchWords(toks []storyline.Token, words []string) bool {
	for k, w := range words {
		if !strings.EqualFold(toks[k].Text, w) {
			return false
		}
	}
	return true
}

// numberAt reads a number at toks[i]: digits ("7,000", "1.2") or number
// words ("twenty-five", "two dozen"), followed by any scale words ("1.2
// billion"). It returns the value before scaling, the scale, the decimals
// written and the index after the number.
func numberAt(toks []storyline.Token, i int) (val, scale float64, decimals, next int, ok bool) {
	scale = 1
	w := toks[i].Text
	money := i > 0 && currency[strings.ToLower(toks[i-1].Text)] != ""
	if num, sc := gluedScale(w, money); sc > 0 {
		if v, dec, ok := parseNumeral(num); ok {
			return v, sc, dec, i + 1, true
		}
	}
	if num, u := gluedLength(w); u != "" && !money {
		v, dec, ok := parseNumeral(num)
		return v, 1, dec, i + 1, ok
	}
	switch {
	case isNumeral(w):
		v, dec, ok := parseNumeral(w)
		if !ok {
			return 0, 0, 0, 0, false
		}
		val, decimals, next = v, dec, i+1
		if f, ok := fraction(toks, next); ok && dec == 0 && !strings.Contains(w, ",") {
			val, decimals, next = v+f, 1, next+1 // "2 1/2 years", "4 ½ months"
		}
	case mixedNumber(w) > 0:
		val, decimals, next = mixedNumber(w), 1, i+1 // "a 2-1/2 year sentence"
	default:
		v, n := wordNumber(toks, i)
		if n == i {
			return 0, 0, 0, 0, false
		}
		val, next = v, n
		if strings.EqualFold(toks[i].Text, "a") || strings.EqualFold(toks[i].Text, "dozen") {
			return val, 1, 0, next, val > 0
		}
		return val, 1, 0, next, true
	}
	for next < len(toks) {
		s, ok := scaleWords[strings.ToLower(toks[next].Text)]
		if !ok || s == 100 && val >= 100 {
			break
		}
		scale *= s
		next++
	}
	return val, scale, decimals, next, true
}

// fractions are the fractions a count of years, months or miles is written
// with after its whole number ("2 1/2", "4 ½"): halves, thirds, quarters
// and eighths, the proper ones only.
var fractions = map[string]float64{"½": 0.5, "⅓": 1.0 / 3, "⅔": 2.0 / 3, "¼": 0.25, "¾": 0.75}

// fraction reads the fraction token at toks[k] ("1/2", "½"), if any.
func fraction(toks []storyline.Token, k int) (float64, bool) {
	if k >= len(toks) {
		return 0, false
	}
	w := toks[k].Text
	if f, ok := fractions[w]; ok {
		return f, true
	}
	num, den, ok := strings.Cut(w, "/")
	if !ok || len(num) != 1 || len(den) != 1 || !isDigits(num) || !isDigits(den) {
		return 0, false
	}
	n, d := float64(num[0]-'0'), float64(den[0]-'0')
	if n == 0 || n >= d || d != 2 && d != 3 && d != 4 && d != 8 {
		return 0, false
	}
	return n / d, true
}

// mixedNumber is the value of a whole number and a fraction the tokenizer
// keeps as one word ("2-1/2"), or 0 when w is none.
func mixedNumber(w string) float64 {
	whole, frac, ok := strings.Cut(w, "-")
	if !ok || !isDigits(whole) || len(whole) > 3 {
		return 0
	}
	f, ok := fraction([]storyline.Token{{Text: frac}}, 0)
	if !ok {
		return 0
	}
	v, _, _ := parseNumeral(whole)
	return v + f
}

// scaleAbbrevs are the scale words written short and glued to an amount
// of money ("$20m", "£1.5bn").
var scaleAbbrevs = map[string]float64{"k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12, "trn": 1e12}

// gluedScale splits a word that glues a scale word to a numeral, which the
// tokenizer keeps as one token, into the numeral and the scale: by a
// hyphen ("137-million" of "$137-million", "31.5-billion") or, after a
// currency sign (money), by an abbreviation ("20m", "1.5bn"). The scale is
// 0 when w is no such word (its numeral part is checked by the caller).
func gluedScale(w string, money bool) (num string, scale float64) {
	if w == "" || w[0] < '0' || w[0] > '9' {
		return "", 0
	}
	if k := strings.LastIndexByte(w, '-'); k > 0 {
		if s := scaleWords[strings.ToLower(w[k+1:])]; s >= 1e3 {
			return w[:k], s
		}
		return "", 0
	}
	if k := strings.IndexFunc(w, unicode.IsLetter); money && k >= 1 {
		if s := scaleAbbrevs[strings.ToLower(w[k:])]; s > 0 {
			return w[:k], s
		}
	}
	return "", 0
}

// parseNumeral reads a numeral ("1,234.5"): its value and the decimals
// written; false when it is none, or too large for a float.
func parseNumeral(num string) (val float64, decimals int, ok bool) {
	if !isNumeral(num) {
		return 0, 0, false
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(num, ",", ""), 64)
	if err != nil || math.IsInf(v, 0) || math.IsNaN(v) {
		return 0, 0, false
	}
	if d := strings.IndexByte(num, '.'); d >= 0 {
		decimals = len(num) - d - 1
	}
	return v, decimals, true
}

// wordNumber reads number words ("two hundred", "twenty-five", "a dozen")
// and returns their value and the index after them (i when there are none).
func wordNumber(toks []storyline.Token, i int) (float64, int) {
	total, cur := 0.0, 0.0
	j := i
	seen := false
	if strings.EqualFold(toks[i].Text, "a") && i+1 < len(toks) {
		if _, ok := scaleWords[strings.ToLower(toks[i+1].Text)]; ok {
			cur, j = 1, i+1
		} else {
			return 0, i
		}
	}
	for ; j < len(toks) && j-i < maxFigureTokens; j++ {
		w := strings.ToLower(toks[j].Text)
		if v, ok := hyphenNumber(w); ok {
			cur += v
			seen = true
			continue
		}
		s, ok := scaleWords[w]
		if !ok || !seen && cur == 0 {
			break
		}
		switch {
		case s >= 1e3:
			total += max(cur, 1) * s
			cur = 0
		default:
			cur = max(cur, 1) * s
		}
		seen = true
	}
	if !seen {
		return 0, i
	}
	return total + cur, j
}

// hyphenNumber reads "seven", "twenty", "twenty-five".
func hyphenNumber(w string) (float64, bool) {
	if v, ok := unitWords()[w]; ok {
		return v, true
	}
	a, b, ok := strings.Cut(w, "-")
	if !ok {
		return 0, false
	}
	va, oka := unitWords()[a]
	vb, okb := unitWords()[b]
	if !oka || !okb || va < 20 || vb >= 10 {
		return 0, false
	}
	return va + vb, true
}

// reNumeral accepts "7", "7,000", "1.2", "84,000.50"; not "9/11", "1st",
// "3-2", "1.2.3", "7,00".
var reNumeral = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$`) })

// isNumeral reports whether reNumeral accepts w; a word that does not
// begin with a digit, most of a body's, is none without running it.
func isNumeral(w string) bool {
	return w != "" && w[0] >= '0' && w[0] <= '9' && reNumeral().MatchString(w)
}

func isDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
}

// countedNoun is what a number counts: the first word after it that is not
// a modifier, singular, with a participle that follows ("people killed",
// "people were killed"); "" when a function word follows the number.
func countedNoun(toks []storyline.Token, j int) (string, int) {
	j = pastModifiers(toks, j)
	if j >= len(toks) {
		return "", j
	}
	w := strings.ToLower(toks[j].Text)
	if countStop()[w] || !isWord(w) {
		return "", j
	}
	what := singular(w)
	end := j + 1
	if timeUnits[what] && end < len(toks) && isWord(strings.ToLower(toks[end].Text)) {
		// "25 years in prison", "eight days ago", "two years old": the span
		// says which stretch of time it is
		return what + "-" + strings.ToLower(toks[end].Text), end
	}
	k := end
	for k < len(toks) && k-end < 2 && beVerbs[strings.ToLower(toks[k].Text)] {
		k++
	}
	if k < len(toks) {
		if p := strings.ToLower(toks[k].Text); harmWords[p] != "" || strings.HasSuffix(p, "ed") && len(p) > 4 && isWord(p) {
			what += " " + harm(p)
			end = k + 1
		}
	}
	return what, end
}

// pastModifiers is the index of the first token at or after j that is
// neither a modifier of what a number counts ("more", "active-duty") nor
// the name of a model ("six AK-47 rifles", "three Boeing 737 planes"): the
// noun the number counts comes after them.
func pastModifiers(toks []storyline.Token, j int) int {
	for j < len(toks) {
		if countModifiers[strings.ToLower(toks[j].Text)] || compoundModifier(toks, j) {
			j++
			continue
		}
		k := modelNameEnd(toks, j)
		if k == j {
			return j
		}
		j = k
	}
	return j
}

// modelNameEnd is the index after a model's name at toks[j] when a noun
// follows it: a word mixing letters and digits ("AK-47", "F-16"), or a
// capitalised word and a number or such a word ("Boeing 737", "Boeing
// 737-800", "AK 47", "Airbus A320"). The number in the name counts
// nothing; j when no such name stands there.
func modelNameEnd(toks []storyline.Token, j int) int {
	k := j
	switch {
	case k < len(toks) && mixesLettersAndDigits(toks[k].Text):
		k++
	case k+1 < len(toks) && startsUpperWord(toks[k].Text) &&
		(modelNumber(toks[k+1].Text) || mixesLettersAndDigits(toks[k+1].Text)):
		k += 2
	default:
		return j
	}
	if k < len(toks) {
		if w := strings.ToLower(toks[k].Text); isWord(w) && !countStop()[w] && !beVerbs[w] {
			return k
		}
	}
	return j
}

// mixesLettersAndDigits reports whether w is made of letters, digits and
// hyphens only, with at least one letter and one digit.
func mixesLettersAndDigits(w string) bool {
	letter, digit := false, false
	for _, r := range w {
		switch {
		case unicode.IsLetter(r):
			letter = true
		case r >= '0' && r <= '9':
			digit = true
		case r != '-':
			return false
		}
	}
	return letter && digit
}

// modelNumber reports whether w is the number of a model's name: digits,
// with a hyphenated variant ("737", "737-800").
func modelNumber(w string) bool {
	num, variant, _ := strings.Cut(w, "-")
	return isDigits(num) && (variant == "" || isDigits(variant))
}

// startsUpperWord reports a word of letters that opens with a capital.
func startsUpperWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && isWord(strings.ToLower(w))
}

// harmWords fold the ways news counts the dead and the hurt into two
// counts: "killing four people", "four people dead", "four were killed" all
// count people killed; the verb, not the noun, says which count it is.
var harmWords = map[string]string{
	"killed": "killed", "killing": "killed", "kills": "killed", "kill": "killed", "dead": "killed",
	"died": "killed", "dies": "killed",
	"injured": "injured", "injuring": "injured", "injures": "injured", "wounded": "injured",
	"wounding": "injured", "hurt": "injured", "hurting": "injured",
}

func harm(w string) string {
	if h := harmWords[w]; h != "" {
		return h
	}
	return w
}

// casualty adds the harm a verb before the figure ("killing at least four
// people", "injured two") or "dead" after it gives to what it counts, when
// nothing after the noun did.
func casualty(toks []storyline.Token, start, end int, what string) (string, int) {
	if what == "" || strings.Contains(what, " ") {
		return what, end
	}
	if end < len(toks) && strings.EqualFold(toks[end].Text, "dead") {
		return what + " killed", end + 1
	}
	if start > 0 {
		if h := harmWords[strings.ToLower(toks[start-1].Text)]; h != "" {
			return what + " " + h, end
		}
	}
	return what, end
}

// headNoun is the singular head of the noun phrase after a number at
// toks[j:] when it is not the counted noun itself (compoundHead: "truck"
// of "two ladder trucks"), with its token's index; else "" and -1.
func headNoun(toks []storyline.Token, j int) (string, int) {
	j = pastModifiers(toks, j)
	if j >= len(toks) {
		return "", -1
	}
	if w := strings.ToLower(toks[j].Text); countStop()[w] || !isWord(w) {
		return "", -1
	}
	k := compoundHead(toks, j)
	if k == j {
		k = sharedHead(toks, j)
	}
	if k > j {
		return singular(strings.ToLower(toks[k].Text)), k
	}
	return "", -1
}

// sharedHead is the head two coordinated counts share when the first
// count's word is no plural ("1,247 animal and 747 plant species": both
// count species): the compound head of the second count, j when there is
// none.
func sharedHead(toks []storyline.Token, j int) int {
	if isPlural(strings.ToLower(toks[j].Text)) || j+3 >= len(toks) {
		return j
	}
	if c := strings.ToLower(toks[j+1].Text); c != "and" && c != "or" {
		return j
	}
	if _, n := wordNumber(toks, j+2); !isNumeral(toks[j+2].Text) && n == j+2 {
		return j
	}
	if k := compoundHead(toks, j+3); k > j+3 {
		return k
	}
	return j
}

// maxCompound is how many words may stand before the head of what a
// number counts ("seven consecutive life sentences"): an adjective and a
// noun used as one.
const maxCompound = 2

// pluralOnly are plural nouns written without an s.
var pluralOnly = map[string]bool{"people": true, "men": true, "women": true, "children": true, "species": true, "series": true}

// compoundHead is the head of a noun phrase whose first word, at j, is not
// plural: the first plural word within maxCompound words after it, when
// only words stand between ("two ladder trucks", "seven consecutive life
// sentences", "five Democratic senators"): a count above one agrees with
// its plural head, not with the words that modify it. j when there is
// none.
func compoundHead(toks []storyline.Token, j int) int {
	if isPlural(strings.ToLower(toks[j].Text)) {
		return j
	}
	for k := j + 1; k <= j+maxCompound && k < len(toks); k++ {
		w := strings.ToLower(toks[k].Text)
		if !isWord(w) || strings.ContainsAny(w, "-'’") || countStop()[w] || beVerbs[w] || stopWords()[w] || harmWords[w] != "" {
			return j // "three bank workers-two women": a dash joins two phrases
		}
		if isPlural(w) {
			return k
		}
	}
	return j
}

// isPlural reports whether a word reads as a plural noun: "trucks",
// "people"; not "bus", "glass", "its".
func isPlural(w string) bool {
	return pluralOnly[w] || len(w) > 3 && singular(w) != w
}

// compoundModifier reports whether toks[j] is a hyphenated word before
// another noun ("active-duty troops", "seven-term congressman"): a modifier,
// not what is counted.
func compoundModifier(toks []storyline.Token, j int) bool {
	w := strings.ToLower(toks[j].Text)
	if !strings.Contains(w, "-") || !isWord(w) || j+1 >= len(toks) {
		return false
	}
	next := strings.ToLower(toks[j+1].Text)
	return isWord(next) && !countStop()[next] && !beVerbs[next]
}

func isWord(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' {
			return false
		}
	}
	return w != ""
}

// singular folds a plural noun ("troops" → "troop", "punches" →
// "punch", "witnesses" → "witness"); "people" and "species" stay.
func singular(w string) string {
	switch {
	case pluralOnly[w]:
		return w
	case manPlural(w):
		return w[:len(w)-2] + "an"
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case sibilantPlural(w):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "us"), len(w) <= 3:
		return w
	case strings.HasSuffix(w, "s"):
		return w[:len(w)-1]
	}
	return w
}

// notManPlurals end in "men" without being the plural of a word in
// "man".
var notManPlurals = english.LazyWordSet(`specimen abdomen stamen regimen acumen albumen bitumen cyclamen foramen dolmen
	carmen germen tegmen`)

// manPlural reports whether w is the plural of a compound in "man"
// ("fishermen", "crewmen", "policemen", "gunmen"), which adds no s: "22
// Yemeni fishermen" count fishermen. Words of five letters or fewer
// ("yemen", "omen", "semen") are left alone; "men" and "women" are
// pluralOnly.
func manPlural(w string) bool {
	return len(w) > 5 && strings.HasSuffix(w, "men") && !notManPlurals()[w]
}

// sibilantPlural reports whether w is a plural that adds "es" to a word
// ending in a hiss ("punches", "dishes", "boxes", "witnesses"), as against
// "headaches" and "clothes", which add only "s".
func sibilantPlural(w string) bool {
	if len(w) < 5 || !strings.HasSuffix(w, "es") {
		return false
	}
	stem := w[:len(w)-2]
	switch {
	case strings.HasSuffix(stem, "ss"), strings.HasSuffix(stem, "sh"), strings.HasSuffix(stem, "x"), strings.HasSuffix(stem, "zz"):
		return true
	case strings.HasSuffix(stem, "ch"):
		return !strings.HasSuffix(stem, "ach") || strings.HasSuffix(stem, "each") || strings.HasSuffix(stem, "oach")
	}
	return false
}

// splitDecimal reports whether the number at toks[start:j] is half of a
// decimal a text dump split at its point ("$5. 3 million", "8. 7 acres"):
// digits, a point glued to them, one space, digits. Either half alone is
// not what the writer stated.
func splitDecimal(toks []storyline.Token, start, j int) bool {
	if j+1 < len(toks) && toks[j].Text == "." && toks[j].Start == toks[j-1].End &&
		decimalHalf(toks[j+1].Text) && toks[j+1].Start == toks[j].End+1 {
		return true
	}
	return start >= 2 && toks[start-1].Text == "." && isDigits(toks[start-2].Text) &&
		toks[start-1].Start == toks[start-2].End && toks[start].Start == toks[start-1].End+1
}

// gluedUnits are the units of length written short and glued to their
// number ("58km", "2,000ft"), by the names lengthUnits knows. Not "m":
// "9m people" is nine million of them.
var gluedUnits = map[string]string{"km": "km", "ft": "ft"}

// gluedLength splits a numeral glued to a unit of gluedUnits into the
// numeral and the unit's name ("58" and "km" of "58km", "2,000" and "ft"
// of "2,000ft"); "" and "" when w is no such word.
func gluedLength(w string) (num, unit string) {
	k := strings.IndexFunc(w, unicode.IsLetter)
	if k < 1 || !isNumeral(w[:k]) {
		return "", ""
	}
	if u := gluedUnits[strings.ToLower(w[k:])]; u != "" {
		return w[:k], u
	}
	return "", ""
}

// gluedUnit is the name of the unit glued to a numeral (gluedLength), or "".
func gluedUnit(w string) string {
	_, u := gluedLength(w)
	return u
}

// splitThousands reports whether the number at toks[start:j] is half of a
// number a text dump split after its thousands comma ("2, 000ft", "$3,
// 000"): one to three digits, a comma glued to them, one space, three
// digits (a unit or scale glued to them). Either half alone is not what
// the writer stated.
func splitThousands(toks []storyline.Token, start, j int) bool {
	head := func(k int) bool { return isDigits(toks[k].Text) && len(toks[k].Text) <= 3 }
	tail := func(k int) bool {
		w := toks[k].Text
		return len(w) >= 3 && isDigits(w[:3]) && (len(w) == 3 || !isDigits(w[3:4]))
	}
	if j+1 < len(toks) && toks[j].Text == "," && toks[j].Start == toks[j-1].End && head(j-1) &&
		tail(j+1) && toks[j+1].Start == toks[j].End+1 {
		return true
	}
	return start >= 2 && toks[start-1].Text == "," && head(start-2) && tail(start) &&
		toks[start-1].Start == toks[start-2].End && toks[start].Start == toks[start-1].End+1
}

// decimalHalf reports whether w can be the digits after a decimal point
// a text dump split off: digits, with the scale word glued to them
// ("3" of "$5. 3 million", "6-million" of "$2. 6-million", "7m" of "£1.
// 7m").
func decimalHalf(w string) bool {
	if isDigits(w) {
		return true
	}
	num, scale := gluedScale(w, true)
	return scale > 0 && isDigits(num)
}

// lengthUnit is a unit of length: how many metres it holds, and one name
// for it whatever its spelling ("feet", "ft").
type lengthUnit struct {
	metres float64
	name   string
}

// lengthUnits are the units of length a figure may be stated in: "fell
// about 60 metres (200 feet)" and "fell about 200 feet" state one distance.
var lengthUnits = map[string]lengthUnit{
	"metre": {1, "m"}, "meter": {1, "m"}, "foot": {0.3048, "ft"}, "feet": {0.3048, "ft"}, "ft": {0.3048, "ft"},
	"yard": {0.9144, "yd"}, "kilometre": {1000, "km"}, "kilometer": {1000, "km"}, "km": {1000, "km"}, "mile": {1609.344, "mi"},
}

// inBaseUnit states a length in metres, whatever unit it was written in,
// so that figures of one distance in two units are one quantity.
func inBaseUnit(q Quantity) Quantity {
	noun, rest, _ := strings.Cut(q.What, " ")
	u, ok := lengthUnits[noun]
	if !ok {
		return q
	}
	q.What = strings.TrimSpace("metre " + rest)
	q.unit = u.name
	if u.metres != 1 {
		q.Value *= u.metres
		q.Converted = true
	}
	return q
}
