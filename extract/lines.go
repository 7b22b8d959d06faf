package extract

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyline-news/storyline/english"
)

// line is one non-blank line of a text dump with the measurements every
// later step needs.
type line struct {
	text       string
	words      int
	logWords   float64 // math.Log1p(words): the line model and its region read it several times a line
	stop       int     // stop words
	caps       int     // words that start with an upper-case letter
	boiler     int     // boilerplate vocabulary hits
	commas     int
	digits     int
	letters    int
	blankAbove bool
	blankBelow bool
	endsSent   bool
	shortDate  bool // a short line (at most 12 words) that holds a full date
	weather    bool // a short line with a weather or clock reading
	linkish    bool
	widget     bool // a form control as the text browser renders it
	author     bool // names a writer's role (an author box, a byline)
	cjk        bool
	notice     bool // a site's copyright notice (copyrightNotice)
	// dates are the full dates the text writes (findDates), read once
	// when first asked (dateHits): the date, byline and header steps all
	// ask for the same lines'.
	dates     []dateHit
	datesRead bool
	// bylined: the whole line is a cued byline (reByline), read once when
	// first asked (isByline): headline and byline steps ask for the same
	// lines'.
	bylined, bylineRead bool
}

// isByline is reByline().MatchString(l.text), read once.
func (l *line) isByline() bool {
	if !l.bylineRead {
		l.bylined, l.bylineRead = isBylineText(l.text), true
	}
	return l.bylined
}

// isBylineText is reByline().MatchString(s), asked only of a text that
// opens with one of the pattern's cues (bylineOpeners): most lines open
// with none, and a few byte comparisons say so.
func isBylineText(s string) bool {
	for _, w := range bylineOpeners {
		if english.HasPrefixFold(s, w) {
			return reByline().MatchString(s)
		}
	}
	return false
}

// bylineOpeners are the cues reByline opens with, lower case. None holds
// an 's' or a 'k', the two ASCII letters (?i) also matches outside ASCII
// (U+017F, U+212A), so the pattern matches only a text that opens with
// one of them in ASCII in any case (TestBylineOpenersAreReByline).
var bylineOpeners = []string{"by", "von", "par", "por", "di", "door", "autor", "author", "written by", "text"}

// dateHits is findDates(l.text), read once.
func (l *line) dateHits() []dateHit {
	if !l.datesRead {
		l.dates, l.datesRead = findDates(l.text), true
	}
	return l.dates
}

// prose reports whether the line reads like a sentence of running text.
func (l *line) prose() bool { return l.words >= 10 && l.endsSent }

// splitLines cuts a dump into its non-blank lines, trimmed.
func splitLines(text string) []*line {
	var out []*line
	store := make([]line, 0, strings.Count(text, "\n")/2+1)
	blank := true
	// a dump that is valid UTF-8 as a whole (most are: ValidString reads
	// eight ASCII bytes a step) needs no line made valid
	valid := utf8.ValidString(text)
	for raw := range strings.SplitSeq(text, "\n") {
		if !valid {
			raw = strings.ToValidUTF8(raw, "")
		}
		s := strings.TrimSpace(raw)
		if s == "" {
			if len(out) > 0 {
				out[len(out)-1].blankBelow = true
			}
			blank = true
			continue
		}
		store = append(store, line{})
		l := &store[len(store)-1]
		if cap(store) == len(store) {
			// the next append moves the array: keep this one's lines where they are
			store = make([]line, 0, 64)
		}
		measureInto(l, s)
		l.blankAbove = blank
		blank = false
		out = append(out, l)
	}
	return out
}

func measure(s string) *line {
	l := &line{}
	measureInto(l, s)
	return l
}

func measureInto(l *line, s string) {
	l.text = s
	for w := range strings.FieldsSeq(s) {
		l.words++
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			l.caps++
		}
		if len(w) > 24 {
			continue // no vocabulary word is this long
		}
		k := vocabClass(trimWordEdge(w))
		l.stop += int(k & vStop)
		l.boiler += int(k&vBoiler) >> 1
		l.author = l.author || k&vAuthor != 0
		l.weather = l.weather || k&vWeather != 0
	}
	c := countChars(s)
	l.letters, l.digits, l.commas = c[charLetter]+c[charCJK], c[charDigit], c[charComma]
	cjk := c[charCJK]
	// Chinese and Japanese write no spaces: about two characters make a word.
	l.words += cjk / 2
	l.logWords = math.Log1p(float64(l.words))
	l.cjk = cjk > 0
	l.endsSent = english.EndsSentence(s)
	// every full date writes a year of four digits
	l.datesRead = l.digits < 4
	l.shortDate = l.words <= 12 && l.digits >= 4 && len(l.dateHits()) > 0
	l.weather = l.words <= 8 && (l.weather || strings.Contains(s, "°"))
	l.linkish = linkish(s)
	l.widget = formWidget(s)
	// a claim with a year needs four digits, which most lines lack (a
	// digit of l.digits may be no ASCII one, never the other way round)
	if l.digits < 4 {
		l.notice = reservedRights(s)
	} else {
		l.notice = copyrightNotice(s)
	}
}

// The kinds of character a line's measure counts.
const (
	charOther = iota
	charLetter
	charDigit
	charComma
	charCJK // a Han, Hiragana or Katakana letter
	charKinds
)

// asciiKinds is charKind of each ASCII character, looked up by byte.
var asciiKinds = func() (k [utf8.RuneSelf]uint8) {
	for c := range k {
		k[c] = charKind(rune(c))
	}
	return k
}()

// charKind says what kind of character r is.
func charKind(r rune) uint8 {
	switch {
	case r >= 0x3040 && (unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r)):
		return charCJK
	case r == ',' || r == '、' || r == '，':
		return charComma
	case unicode.IsDigit(r):
		return charDigit
	case unicode.IsLetter(r):
		return charLetter
	}
	return charOther
}

// countChars counts the characters of s of each kind, ASCII ones by table:
// this runs over every byte of every page.
func countChars(s string) (n [charKinds]int) {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			n[asciiKinds[c]]++
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		n[charKind(r)]++
		i += size
	}
	return n
}

// linkish spots URLs, host names and handles without a regexp: this runs on
// every line of every page. "www." and the endings it knows (linkEnds)
// each hold a dot, so they are looked for only at the line's dots, in one
// pass, where a search for each read the whole line.
func linkish(s string) bool {
	if strings.Contains(s, "://") {
		return true
	}
	var met [len(linkEnds)]bool // an ending counts at its first place only
	for p := strings.IndexByte(s, '.'); p >= 0; p = indexByteAfter(s, '.', p) {
		if p >= 3 && s[p-3:p] == "www" {
			return true
		}
		for k, end := range linkEnds {
			if met[k] || !strings.HasPrefix(s[p:], end) {
				continue
			}
			met[k] = true
			if j := p + len(end); j == len(s) || !unicode.IsLetter(rune(s[j])) {
				return true
			}
		}
	}
	i := strings.IndexByte(s, '@')
	return i >= 0 && i+1 < len(s) && (unicode.IsLetter(rune(s[i+1])) || unicode.IsDigit(rune(s[i+1])))
}

// linkEnds are the endings of host names and pages linkish knows: each
// followed by no letter (a byte read as a rune, as it always was).
var linkEnds = [...]string{".com", ".de", ".org", ".net", ".htm"}

// indexByteAfter is the index of c in s after p, or -1.
func indexByteAfter(s string, c byte, p int) int {
	if i := strings.IndexByte(s[p+1:], c); i >= 0 {
		return p + 1 + i
	}
	return -1
}

// formWidget spots form controls as Lynx renders them.
func formWidget(s string) bool {
	// every control holds a bracket, a parenthesis or an underscore: most
	// lines hold none, and three byte searches say so (where seven
	// substring searches did)
	if strings.IndexByte(s, '[') < 0 && strings.IndexByte(s, '(') < 0 && strings.IndexByte(s, '_') < 0 {
		return false
	}
	for _, w := range []string{"[BUTTON", "[ ]", "(BUTTON)", "____", "[X]", "(*)", "( )"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// vocabClass looks w up in the vocabulary, case-folded.
func vocabClass(w string) uint8 { return vocabTable().class(w) }

// wordEdge is punctuation that clings to a word.
func wordEdge(r rune) bool {
	return strings.ContainsRune(wordEdges.marks, r)
}

// wordEdges are the marks wordEdge trims.
var wordEdges = newEdgeSet(`.,;:!?"'“”„«»()[]|*`)

// trimWordEdge is strings.TrimFunc(w, wordEdge).
func trimWordEdge(w string) string { return wordEdges.trim(w) }

// edgeSet is a set of marks that trim strips from both ends of a word.
type edgeSet struct {
	marks string
	ascii [utf8.RuneSelf]bool // the ASCII marks, looked up by byte
}

func newEdgeSet(marks string) *edgeSet {
	e := &edgeSet{marks: marks}
	for _, r := range marks {
		if r < utf8.RuneSelf {
			e.ascii[r] = true
		}
	}
	return e
}

// trim is strings.TrimFunc(w, func(r rune) bool { return
// strings.ContainsRune(e.marks, r) }), with ASCII bytes looked up in a
// table: it runs on every word of a page, and most words have no edge.
func (e *edgeSet) trim(w string) string {
	for len(w) > 0 {
		if c := w[0]; c < utf8.RuneSelf {
			if !e.ascii[c] {
				break
			}
			w = w[1:]
			continue
		}
		r, n := utf8.DecodeRuneInString(w)
		if !strings.ContainsRune(e.marks, r) {
			break
		}
		w = w[n:]
	}
	for len(w) > 0 {
		if c := w[len(w)-1]; c < utf8.RuneSelf {
			if !e.ascii[c] {
				break
			}
			w = w[:len(w)-1]
			continue
		}
		r, n := utf8.DecodeLastRuneInString(w)
		if !strings.ContainsRune(e.marks, r) {
			break
		}
		w = w[:len(w)-n]
	}
	return w
}
