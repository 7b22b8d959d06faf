package extract

import (
	"math"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// The byline of a text dump is chosen among the names its lines hold near
// the article, or none: many pages name no author, and a wrong name is
// worse than none. A candidate is a run of name-shaped words of a short
// line: the line itself ("Marie Rövekamp"), the words after a cue ("By X",
// "Von: X | 31.10.23", "Ein Artikel von X, veröffentlicht am ..."), or the
// run that opens a line or follows a date ("28. Jan. 2022 Paula Balov").
// What makes it a byline is learned (storyline train textbyline) from where
// the line stands (against the headline and the article region), the cue
// before the name, the name's shape, a date on or beside the line and how
// often the page repeats the name. Cutting words at cues, separators and
// dates is structure; which run is the author is the model's choice.

// Where byline candidates are read: bylineAbove lines above the article
// region, the short lines inside it, and bylineBelowEnd lines below it (an
// author box). Chosen by 5-fold cross-validation by site (exact, storyline
// train textbyline, with an earlier feature set): 0.388 with 30 and 30,
// 0.392 with 20/30, 50/30 and 30/10, 0.400 with 30/60: within three pages
// of 245, so the smaller window stands.
const (
	bylineAbove    = 30
	bylineBelowEnd = 30
)

// maxBylineLineWords bounds a line that may hold a byline: a longer line is
// a paragraph, and its capitalised runs are names it mentions.
const maxBylineLineWords = 16

// maxNameWords bounds a candidate: the longest names run to five words
// ("Amelie Marie Nishizawa", "Logan C. Ritchie").
const maxNameWords = 5

// bylineCues are the words that introduce an author's name, in the
// languages the engine meets most: the prepositions (bylinePrepositions)
// and the nouns and participles of a byline.
var bylineCues = func() map[string]bool {
	m := map[string]bool{
		"autor": true, "autorin": true, "author": true, "auteur": true, "autore": true, "autora": true, "text": true, "texte": true, "texto": true,
		"written": true, "posted": true, "geschrieben": true, "erstellt": true, "redakteur": true, "redakteurin": true,
	}
	for _, w := range bylinePrepositions {
		m[w] = true
	}
	return m
}()

// nameParticles may stand inside a name ("Ursula von der Leyen").
var nameParticles = map[string]bool{
	"von": true, "van": true, "der": true, "den": true, "de": true, "da": true, "di": true, "du": true,
	"le": true, "la": true, "del": true, "dos": true, "zu": true, "ten": true, "ter": true, "bin": true, "al": true,
}

// nameJoins join two authors' names ("X and Y"); gold and output write
// them as "X; Y".
var nameJoins = map[string]bool{"and": true, "und": true, "&": true, "et": true, "y": true, "e": true, "en": true}

// textBylineFeatureCount is the number of features of a byline candidate.
const textBylineFeatureCount = 52

// longNameWord: few names have a word this long; German compounds do.
const longNameWord = 12

// bylineCand is one candidate name of a dump.
type bylineCand struct {
	text string
	at   int  // its line
	cue  bool // a cue word stands right before it
	// cueAbove: the cue stands alone on the line above ("By\n\nX");
	// leadAbove: after other words ("Kommentar von\n\nX", "Powered
	// by\n\nX")
	cueAbove, leadAbove bool
	label               bool // the cue ends with a colon ("Autor:", "Von:")
	// start: it opens the line (after a list mark or a cue); end: nothing
	// name-like follows it on the line
	start, end bool
	whole      bool // it is the whole line (after a list mark and a cue)
	afterDate  bool // a date stands right before it
	nextSep    bool // a separator, a date or the line's end follows it
	words      int
	vocab      int  // its words that are common words of the languages
	long       bool // a word of more than longNameWord letters: a compound noun
	initials   int  // its words that are an initial ("C.", "J.R.")
	caps       bool
	handle     bool // one word after a cue that is no capitalised name ("oradmin")
	joined     bool // two or more names joined into "X; Y"
	raw        bool // two or more names as the line writes them ("X und Y")
	suffix     bool // the run's last words, without its first ("Prof. Dr. X Y" -> "X Y")
}

// nameToken is one word of a line as the candidate reader sees it.
type nameToken struct {
	word  string // without clinging punctuation
	name  bool   // name-shaped: capitalised, an initial
	cue   bool
	colon bool // the word ends with a colon
	comma bool // the word ends with a comma: a run ends after it
	sep   bool // a separator ("|", "-", "·") or a date's word: no name
	date  bool
	join  bool
	part  bool // a particle that may stand inside a name
}

// nameEdges are the marks a byline word sheds.
var nameEdges = newEdgeSet(`,;:!?"“”„«»()[]|*/`)

// The classes of a byline word, as bits: a cue, a join, a particle.
const (
	bwCue uint8 = 1 << iota
	bwJoin
	bwParticle
)

// bylineWords are the words of bylineCues, nameJoins and nameParticles with
// their classes: one lookup for a token instead of one a list.
var bylineWords = sync.OnceValue(func() map[string]uint8 {
	m := map[string]uint8{}
	for bit, set := range map[uint8]map[string]bool{bwCue: bylineCues, bwJoin: nameJoins, bwParticle: nameParticles} {
		for w := range set {
			m[w] |= bit
		}
	}
	return m
})

// bylineWordClass is the class of w, case-folded.
func bylineWordClass(w string) uint8 { return bylineWordTable().class(w) }

// bylineWordTable is bylineWords for bylineWordClass, both built on first
// use.
var bylineWordTable = sync.OnceValue(func() *foldTable { return newFoldTable(bylineWords()) })

// appendBylineTokens cuts a line into tokens, appended to out, marking the
// words of its dates (findDates(s)).
func appendBylineTokens(out []nameToken, s string, dates []dateHit) []nameToken {
	inDate := func(k int) bool {
		for _, h := range dates {
			if h.start <= k && k < h.end {
				return true
			}
		}
		return false
	}
	pos := 0
	for w := range strings.FieldsSeq(s) {
		// the word starts at the first letter that is no space: it is
		// where s holds it
		i := pos
		for i < len(s) {
			r, n := utf8.DecodeRuneInString(s[i:])
			if !unicode.IsSpace(r) {
				break
			}
			i += n
		}
		pos = i + len(w)
		t := nameToken{}
		if inDate(i) || inDate(max(i, pos-1)) {
			t.date, t.sep = true, true
			out = append(out, t)
			continue
		}
		core := nameEdges.trim(w)
		class := bylineWordClass(core)
		t.word = core
		t.colon = strings.HasSuffix(w, ":")
		t.comma = strings.HasSuffix(w, ",") || strings.HasSuffix(w, ";")
		switch {
		case core == "":
			t.sep = true
		case class&bwCue != 0 && !t.comma:
			t.cue = true
		case class&bwJoin != 0 || core == "&":
			t.join = true
		case class&bwParticle != 0:
			t.part = true
		}
		if class&(bwCue|bwParticle) == bwCue|bwParticle {
			t.part = true // "von" cues a name and stands inside one
		}
		r, _ := utf8.DecodeRuneInString(core)
		t.name = !t.cue && !t.join && !t.colon && unicode.IsUpper(r) && nameShaped(core)
		if separatorWord(w) {
			t.sep, t.name = true, false
		}
		out = append(out, t)
	}
	return out
}

// separatorWord: the word holds a separator ("|", "·", "•", "©") or is a
// dash. The marks but "|" are outside ASCII, and most words are ASCII: one
// byte search says so, where strings.ContainsAny read each rune.
func separatorWord(w string) bool {
	if strings.IndexByte(w, '|') >= 0 {
		return true
	}
	if w == "-" || isASCII(w) {
		return w == "-"
	}
	return strings.ContainsAny(w, "·•©") || w == "–" || w == "—"
}

// isASCII: every byte of s is ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// nameShaped: letters, with the dots, hyphens and apostrophes names carry.
func nameShaped(w string) bool {
	letters := 0
	for _, r := range w {
		switch {
		case unicode.IsLetter(r):
			letters++
		case strings.ContainsRune(".-'’", r):
		default:
			return false
		}
	}
	return letters > 0
}

// handleShaped: a user name after a cue ("oradmin", "Marianne1", "c1ph4").
func handleShaped(w string) bool {
	if w == "" || utf8.RuneCountInString(w) > 24 {
		return false
	}
	letters := 0
	for _, r := range w {
		switch {
		case unicode.IsLetter(r):
			letters++
		case unicode.IsDigit(r) || strings.ContainsRune(".-_", r):
		default:
			return false
		}
	}
	return letters > 0 && vocabClass(w)&vStop == 0 // stopWords, case-folded
}

// lineBylines are the candidate names of one line.
func lineBylines(l *line, at int) []bylineCand {
	var scratch []nameToken
	return appendLineBylines(nil, l, at, lineCue{}, &scratch)
}

// lineCue is what the line above says of the names that open a line: a
// text browser breaks "By\n\nTodd Bates", "Kommentar von\n\nIngo Arzt" and
// "Autor:\n\nRedaktion X" where the page set the cue in an element of its
// own.
type lineCue struct {
	cue   bool // the line above ends in a cue word ("By", "Kommentar von")
	label bool // it ends with a colon ("Von:", "Auteur(s) :")
	// lead: words stand before the cue word ("Kommentar von", but also
	// "Powered by", "Sponsored by"): the model weighs these apart
	lead bool
}

// maxCueLineWords bounds a line that is only a cue: "By", "Von:",
// "Kommentar von", "Eine Kolumne von". A longer line ending in "von" is a
// sentence the break cut.
const maxCueLineWords = 3

// listMarks are the marks a text browser opens a list item with.
var listMarks = []string{"* ", "+ ", "o ", "- ", "# "}

// trimListMark is s without the list mark that opens it.
func trimListMark(s string) string {
	for _, mark := range listMarks {
		s = strings.TrimPrefix(s, mark)
	}
	return s
}

// cueLine reads a line that may be a cue above a name: a cue word alone
// ("By", "Von:") or after at most two other words ("Kommentar von").
func cueLine(s string) lineCue {
	s = strings.TrimSpace(trimListMark(s))
	label := strings.HasSuffix(s, ":")
	s = strings.TrimSpace(strings.TrimSuffix(s, ":"))
	last, n, ok := lastOfFewWords(s, maxCueLineWords)
	if !ok {
		return lineCue{}
	}
	// a gender or plural mark of the cue word: "Autor*in", "Auteur(s)"
	if k := strings.IndexAny(last, "*(/"); k > 0 {
		last = last[:k]
	}
	if bylineWordClass(nameEdges.trim(last))&bwCue == 0 {
		return lineCue{}
	}
	return lineCue{cue: true, label: label, lead: n > 1}
}

// lastOfFewWords is the last of the words of s (strings.Fields) and how
// many there are, when s has one to most of them; ok is false when it has
// none or more. It stops at the word past most: cueLine asks it of the line
// above every line that may hold a byline, most of them long, where
// strings.Fields made a slice of all their words (5% of
// BenchmarkExtractText).
func lastOfFewWords(s string, most int) (last string, n int, ok bool) {
	for w := range strings.FieldsSeq(s) {
		if n++; n > most {
			return "", 0, false
		}
		last = w
	}
	return last, n, n > 0
}

// appendLineBylines appends the candidate names of one line to out; above
// is the cue the line above holds, and scratch holds the line's tokens, its
// room used again line after line.
func appendLineBylines(out []bylineCand, l *line, at int, above lineCue, scratch *[]nameToken) []bylineCand {
	s := trimListMark(l.text)
	// the dates of the text are read once: unglue and the tokens ask for
	// the same ones unless unglue cut the text
	var dates []dateHit
	if s == l.text {
		dates = l.dateHits()
	} else {
		dates = findDates(s)
	}
	u := unglue(s, dates)
	if u != s {
		dates = findDates(u)
	}
	toks := appendBylineTokens((*scratch)[:0], u, dates)
	*scratch = toks
	shapes := wordShapes{toks: toks}
	from := len(out) // this line's candidates
	emit := func(c bylineCand) {
		if c.text == "" {
			return
		}
		for _, o := range out[from:] { // a line has a few candidates: no map
			if o.text == c.text {
				return
			}
		}
		out = append(out, c)
	}
	for i := 0; i < len(toks); i++ {
		label := i > 0 && toks[i-1].colon || i == 0 && above.label
		cue := i > 0 && (toks[i-1].cue || label) || i == 0 && above.cue
		startsRun := i == 0 || !toks[i-1].name || toks[i-1].comma || cue
		if !startsRun {
			continue
		}
		if !toks[i].name {
			// a user name: after a cue, or opening a line before a date
			// or a separator ("reineckefuchs — 2. Februar 2022")
			next := i+1 == len(toks) || toks[i+1].sep
			if handleShaped(toks[i].word) && ((cue && (next || !toks[i+1].name)) || (i == 0 && len(toks) > 1 && next)) {
				emit(bylineCand{text: toks[i].word, at: at, cue: cue, cueAbove: i == 0 && above.cue && !above.lead, leadAbove: i == 0 && above.lead, label: label, start: i <= 1, whole: len(toks) == i+1,
					end: i+1 == len(toks), nextSep: next, words: 1, handle: true})
			}
			continue
		}
		e := runEnd(toks, i)
		starts := []int{i}
		for _, k := range []int{e - 3, e - 2} {
			if k > i && toks[k].name && !toks[k-1].join && !toks[k-1].comma {
				starts = append(starts, k)
			}
		}
		for _, b := range starts {
			for t := b + 1; t <= e; t++ {
				if !toks[t-1].name {
					continue
				}
				text, names, raw, ok := nameSpan(toks[b:t])
				if !ok {
					break
				}
				c := bylineCand{at: at, cue: cue && b == i, label: label && b == i, cueAbove: b == 0 && above.cue && !above.lead, leadAbove: b == 0 && above.lead}
				c.start = b == 0 || (b == 1 && cue)
				c.end = t == len(toks)
				c.whole = c.start && c.end
				c.nextSep = c.end || toks[t].sep || toks[t].date || toks[t-1].comma
				c.afterDate = b > 0 && toks[b-1].date
				c.suffix = b > i
				c.caps = true
				// the names' words are the span's words but its joins
				for k := b; k < t; k++ {
					if toks[k].join {
						continue
					}
					w := shapes.of(k)
					c.words++
					if w.vocab {
						c.vocab++
					}
					if w.initial {
						c.initials++
					}
					c.long = c.long || w.long
					c.caps = c.caps && w.upper
				}
				c.text, c.joined = text, names > 1
				emit(c)
				if names > 1 {
					c.text, c.joined, c.raw = raw, false, true
					emit(c)
				}
			}
		}
	}
	return out
}

// wordShape is what a candidate counts of one of its words.
type wordShape struct {
	vocab   bool // a common word of the languages
	initial bool // "C.", "J.R."
	long    bool // more than longNameWord letters
	upper   bool // written in capitals
}

// wordShapes reads each token's wordShape once, when first asked: a word
// stands in several candidates of its line.
type wordShapes struct {
	toks  []nameToken
	shape []wordShape
	read  []bool
}

func (ws *wordShapes) of(k int) wordShape {
	if ws.shape == nil {
		ws.shape, ws.read = make([]wordShape, len(ws.toks)), make([]bool, len(ws.toks))
	}
	if !ws.read[k] {
		w := ws.toks[k].word
		n := utf8.RuneCountInString(w)
		ws.shape[k] = wordShape{
			vocab:   vocabClass(w) != 0, // vocabClass folds case itself
			initial: strings.HasSuffix(w, ".") && n <= 4,
			long:    n > longNameWord,
			upper:   upperAlready(w),
		}
		ws.read[k] = true
	}
	return ws.shape[k]
}

// upperAlready is strings.ToUpper(w) == w without the copy ToUpper makes
// of a word it changes, which was most of wordShapes' cost: every rune is
// its own upper case (ToUpper writes an invalid byte as U+FFFD, so a word
// holding one is never its own upper case).
func upperAlready(w string) bool {
	for i, r := range w {
		if r == utf8.RuneError {
			if _, n := utf8.DecodeRuneInString(w[i:]); n == 1 {
				return false
			}
		}
		if unicode.ToUpper(r) != r {
			return false
		}
	}
	return true
}

// runEnd is where the run of names that starts at toks[i] ends: names,
// and the particles, joins and commas between them.
func runEnd(toks []nameToken, i int) int {
	e := i
	for e < len(toks) && e-i < 3*maxNameWords {
		t := toks[e]
		switch {
		case t.name:
			e++
			if t.comma && (e == len(toks) || !toks[e].name) {
				return e
			}
		case (t.part || t.join) && e > i && e+1 < len(toks) && toks[e+1].name && !toks[e-1].comma:
			e++
		default:
			return e
		}
	}
	return e
}

// nameSpan reads the names of a span of a run: text is each name's words,
// the names joined by "; ", names how many there are, and raw the span as
// written ("X und Y", "X, Y & Z") when there are two or more. ok is false
// when a name is longer than a name can be. A name is a run of words
// between joins, and a comma ends one. The texts are written straight into
// their strings: the span is read for every end of every run, and slices
// of words joined were most of what a page's byline candidates allocated.
func nameSpan(toks []nameToken) (text string, names int, raw string, ok bool) {
	cur := 0 // words of the name being read
	for k, t := range toks {
		switch {
		case t.join:
			if cur > 0 {
				names++
			}
			cur = 0
		case t.comma && k+1 < len(toks):
			names, cur = names+1, 0
		default:
			cur++
		}
		if cur > maxNameWords {
			return "", 0, "", false
		}
	}
	if cur > 0 {
		names++
	}
	var b strings.Builder
	written, inName := 0, false
	for k, t := range toks {
		if t.join {
			inName = false
			continue
		}
		if inName {
			b.WriteByte(' ')
		} else {
			if written > 0 {
				b.WriteString("; ")
			}
			written, inName = written+1, true
		}
		b.WriteString(t.word)
		if t.comma && k+1 < len(toks) {
			inName = false
		}
	}
	text = b.String()
	if names > 1 {
		b = strings.Builder{}
		for k, t := range toks {
			if k > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(t.word)
			if !t.join && t.comma && k+1 < len(toks) {
				b.WriteByte(',')
			}
		}
		raw = b.String()
	}
	return text, names, raw, true
}

// gluedStamp: the rest of a word is a date or a clock reading
// ("3.11.2023", "28.09.1912:44"), not the digits of a user name
// ("Marianne1").
func gluedStamp(rest string) bool {
	digits, marks := 0, 0
	for _, r := range rest {
		switch {
		case r == ' ':
			return digits >= 4 && marks > 0
		case unicode.IsDigit(r):
			digits++
		case r == '.' || r == ':' || r == '/':
			marks++
		default:
			return false
		}
	}
	return digits >= 4 && marks > 0
}

// unglue puts a space where a text browser glued a name to what follows
// it: a date ("Tanja Karrasch3.11.2023", "Shana Nys DambrotNovember 6,
// 2023") or a word of the vocabulary ("Logan C. RitchieStaff Writer").
// dates are findDates(s).
func unglue(s string, dates []dateHit) string {
	var cuts []int
	for _, h := range dates {
		if h.start > 0 {
			if r, _ := utf8.DecodeLastRuneInString(s[:h.start]); unicode.IsLetter(r) {
				cuts = append(cuts, h.start)
			}
		}
	}
	prev := ' '
	for k, r := range s {
		// the rarer of each pair is asked first: a digit, a capital
		if unicode.IsDigit(r) && unicode.IsLetter(prev) && gluedStamp(s[k:]) {
			cuts = append(cuts, k)
		}
		if unicode.IsUpper(r) && unicode.IsLower(prev) {
			end := strings.IndexFunc(s[k:], func(r rune) bool { return !unicode.IsLetter(r) })
			if end < 0 {
				end = len(s) - k
			}
			if vocabClass(s[k:k+end]) != 0 {
				cuts = append(cuts, k)
			} else if hits := findDates(s[k:]); len(hits) > 0 && hits[0].start == 0 {
				cuts = append(cuts, k)
			}
		}
		prev = r
	}
	if len(cuts) == 0 {
		return s
	}
	slices.Sort(cuts)
	var b strings.Builder
	last := 0
	for _, c := range cuts {
		if c > last {
			b.WriteString(s[last:c])
			b.WriteByte(' ')
			last = c
		}
	}
	b.WriteString(s[last:])
	return b.String()
}

// textBylines are the candidates of the article whose region is
// lines[first..last], with nothing above prevEnd.
func textBylines(lines []*line, first, last, prevEnd int) []bylineCand {
	lo, hi := max(prevEnd, first-bylineAbove), min(len(lines), last+1+bylineBelowEnd)
	mayHoldByline := func(l *line) bool { return l.words <= maxBylineLineWords && !l.widget }
	n := 0
	for i := lo; i < hi; i++ {
		if mayHoldByline(lines[i]) {
			n++
		}
	}
	// made once at about its final size (a page above the mean grows it
	// once more): grown by append from nothing, the
	// candidates were copied nine times over on a page (1% of a one-core
	// ingest of the text dev dumps in bench --cpuprofile; BenchmarkTextBylines
	// allocates 7% less)
	out := make([]bylineCand, 0, candsPerLine*n)
	scratch := make([]nameToken, 0, maxBylineLineWords+4)
	for i := lo; i < hi; i++ {
		if l := lines[i]; mayHoldByline(l) {
			var above lineCue
			if i > 0 {
				above = cueLine(lines[i-1].text)
			}
			out = appendLineBylines(out, l, i, above, &scratch)
		}
	}
	return out
}

// candsPerLine is about how many byline candidates a line read for them
// gives: 2.2 on the text dev dumps (191,796 of 86,431 lines).
const candsPerLine = 2

// bylineRows are the features of the candidates, and last the row of
// "none". title is the headline's line, or -1.
func bylineRows(cands []bylineCand, lines []*line, first, last, title int) [][]float64 {
	// every row in one array: a page has a few hundred candidates
	feats := make([]float64, (len(cands)+1)*textBylineFeatureCount)
	rows := make([][]float64, 0, len(cands)+1)
	eachBylineRow(cands, lines, first, last, title, func(k int, f []float64) {
		row := feats[k*textBylineFeatureCount : (k+1)*textBylineFeatureCount : (k+1)*textBylineFeatureCount]
		copy(row, f)
		rows = append(rows, row)
	})
	return rows
}

// eachBylineRow calls row with the features of each candidate in turn,
// then (k = len(cands)) those of "none": bylineRows' rows, one at a time,
// in one buffer that the next call overwrites. The choice scores them as
// they come, where a page's rows at once were a third of what its
// extraction allocated.
func eachBylineRow(cands []bylineCand, lines []*line, first, last, title int, row func(k int, f []float64)) {
	count := make(map[string]int, len(cands))
	for _, c := range cands {
		count[c.text]++
	}
	anyCue := false
	perLine := make([]int, len(lines))
	// dated says whether a line states a date (a line's dates are read
	// once: dateHits)
	dated := func(at int) bool {
		return lines[at].shortDate || len(lines[at].dateHits()) > 0
	}
	// the first whole-line name and the first cued name below the
	// headline (or from the top of the window when there is none)
	firstClean, firstCue := -1, -1
	for i, c := range cands {
		perLine[c.at]++
		anyCue = anyCue || c.cue
		if c.at <= title {
			continue
		}
		if firstClean < 0 && cleanName(c) && c.whole {
			firstClean = i
		}
		if firstCue < 0 && c.cue {
			firstCue = i
		}
	}
	f := make([]float64, textBylineFeatureCount)
	for k, c := range cands {
		clear(f)
		l := lines[c.at]
		f[1] = b2f(c.cue)
		f[2] = b2f(c.label)
		f[3] = b2f(c.start)
		f[4] = b2f(c.end)
		f[5] = b2f(c.whole)
		f[6] = b2f(c.afterDate)
		f[7] = b2f(c.nextSep)
		f[8] = b2f(c.words == 1)
		f[9] = b2f(c.words == 2)
		f[10] = b2f(c.words == 3)
		f[11] = float64(c.vocab) / float64(max(c.words, 1))
		f[12] = b2f(c.initials > 0)
		f[13] = b2f(c.caps && c.words > 1)
		f[14] = b2f(c.handle)
		f[15] = b2f(c.joined)
		switch {
		case c.at < first:
			f[16] = 1
			f[17] = float64(min(first-c.at, bylineAbove)) / 10
			f[18] = b2f(first-c.at <= 3)
		case c.at > last:
			f[19] = 1
			f[20] = float64(min(c.at-last, bylineBelowEnd)) / 10
			f[21] = b2f(c.at-last <= 3)
		default:
			f[22] = b2f(c.at-first <= 2)
			f[23] = float64(c.at-first) / float64(max(last-first, 1))
		}
		if title >= 0 {
			f[24] = b2f(c.at > title && c.at-title <= 3)
			f[25] = b2f(c.at < title)
		}
		f[26] = b2f(dated(c.at))
		f[27] = b2f(adjacentDate(lines, c.at))
		f[28] = float64(min(l.words, maxBylineLineWords)) / 10
		f[29] = math.Log(float64(count[c.text]))
		f[30] = b2f(l.author)
		f[31] = b2f(l.endsSent)
		f[32] = b2f(l.boiler > 0)
		clean := cleanName(c)
		f[33] = b2f(c.long)
		f[34] = b2f(clean && c.whole)
		f[35] = b2f(clean && c.whole && (f[24] == 1 || f[18] == 1 || f[22] == 1))
		f[36] = b2f(clean && (f[26] == 1 || f[27] == 1))
		f[37] = b2f(clean && c.cue)
		f[38] = b2f(doubled(l.text, c.text))
		f[39] = b2f(menuContext(lines, c.at))
		f[40] = b2f(c.at+1 < len(lines) && lines[c.at+1].prose())
		f[41] = b2f(l.linkish)
		f[42] = b2f(lines[c.at].blankAbove && lines[c.at].blankBelow)
		f[43] = float64(min(perLine[c.at], 5)) / 5
		f[44] = b2f(c.at-1 == title)
		f[45] = b2f(k == firstClean)
		f[46] = b2f(k == firstCue)
		f[48] = b2f(c.raw)
		f[49] = b2f(c.suffix)
		f[50] = b2f(c.cueAbove)
		f[51] = b2f(c.leadAbove)
		row(k, f)
	}
	clear(f)
	f[0] = 1
	f[47] = b2f(!anyCue)
	row(len(cands), f)
}

// cleanName: a name of two or three words, none a common word or a
// compound noun.
func cleanName(c bylineCand) bool {
	return c.words >= 2 && c.words <= 3 && c.vocab == 0 && !c.long
}

// doubled: the line says the name twice ("Kathrin Führes © Kathrin
// Führes"), as an author's picture caption beside the name renders.
func doubled(text, name string) bool {
	return strings.Count(text, name) >= 2
}

// menuContext: the lines above and below are short too, as a menu's
// items are; a byline stands between a headline and running text.
func menuContext(lines []*line, i int) bool {
	short := func(j int) bool {
		return j >= 0 && j < len(lines) && lines[j].words <= 3 && !lines[j].shortDate
	}
	return short(i-1) && short(i+1)
}

// adjacentDate reports whether the line above or below lines[i] holds a date.
func adjacentDate(lines []*line, i int) bool {
	for _, j := range []int{i - 1, i + 1} {
		if j >= 0 && j < len(lines) && lines[j].shortDate {
			return true
		}
	}
	return false
}

// textBylinePrior is the hand-set score before training: a cued, name-shaped
// run near the top of the article, and none when there is no cue.
func textBylinePrior() []float64 {
	w := make([]float64, textBylineFeatureCount)
	w[0] = 1
	w[1], w[13], w[18], w[22] = 2, 0.5, 0.5, 0.5
	w[11], w[31] = -2, -2
	return w
}

// TextBylineMargin is how far a name's score must stand above that of
// "none" to be taken: a wrong author is worse than none. Chosen by 5-fold
// cross-validation by site (storyline train textbyline prints the curve)
// as the margin that maximises right names minus wrong ones, a wrong name
// costing what a right one gains: 0 gives 108 right and 43 wrong of 410
// pages, 0.5 gives 98 and 31, 1 gives 83 and 23, 1.5 gives 68 and 20
// (before the cue on the line above, 96 and 46, 90 and 31, 74 and 23).
const TextBylineMargin = 0.5

// chooseByline is the learned choice among the candidates, "" for none:
// ChooseTextByline over their rows (bylineRows), scored as they are made.
func chooseByline(cands []bylineCand, lines []*line, first, last, title int, w []float64) string {
	best, bestScore, noneScore := len(cands), math.Inf(-1), 0.0
	eachBylineRow(cands, lines, first, last, title, func(k int, f []float64) {
		s := linearScore(w, f)
		switch {
		case k == len(cands):
			noneScore = s
		case s > bestScore:
			best, bestScore = k, s
		}
	})
	if best == len(cands) || bestScore <= noneScore+TextBylineMargin {
		return ""
	}
	return cands[best].text
}

// ChooseTextByline is the row of a byline example the weights choose: the
// highest-scoring name when it beats the last row, "none", by more than
// margin; else the last row.
func ChooseTextByline(w []float64, rows [][]float64, margin float64) int {
	none := len(rows) - 1
	best, bestScore := none, math.Inf(-1)
	for i, f := range rows[:none] {
		if s := linearScore(w, f); s > bestScore {
			best, bestScore = i, s
		}
	}
	if best == none || bestScore <= linearScore(w, rows[none])+margin {
		return none
	}
	return best
}

// TextBylineExample reads the candidate bylines of a text dump's first
// article for training, against gold, the author a person marked ("" when
// the page names none: the gold is then the "none" row, the last).
// unreachable says that a gold author is among no candidate.
func (e *Extractor) TextBylineExample(text, group, gold string) (x FieldExample, ok bool) {
	lines, pt, body, ok := e.firstArticle(text)
	if !ok {
		return x, false
	}
	tc := titleChooser{model: e.textTitle, repeats: lineCounts(lines)}
	_, title, _ := titleOf(lines, pt, 0, body, tc)
	first, last := pt.lines[0], pt.lines[len(pt.lines)-1]
	cands := textBylines(lines, first, last, 0)
	x = FieldExample{Group: group, Gold: -1, Feats: bylineRows(cands, lines, first, last, title), GoldText: gold}
	for _, c := range cands {
		x.Texts = append(x.Texts, c.text)
	}
	x.Texts = append(x.Texts, "")
	for i, t := range x.Texts {
		if t == gold {
			x.Gold = i
			break
		}
	}
	return x, true
}
