// Package text splits an article body into tokens and sentences whose spans
// are code-point offsets into the body, so every later annotation can point
// back at the exact characters it came from.
package text

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/english"
)

// runes is the body decoded once: the code points and the byte offset of each,
// so a token's Text is a substring of the body (no copy) while its Span counts
// code points.
type runes struct {
	body string
	r    []rune
	// off is the byte offset of r[i], off[len(r)] == len(body), in 32
	// bits: a third less to allocate and fill than ints for every
	// character of every body (text.decode was 8% of what a one-core bench
	// of the text dev dumps allocated). wide holds them instead for a body
	// of 4 GiB or more, and off is nil.
	off  []uint32
	wide []int
	// chunkFrom and chunkTo are the last run chunkEnd found: no rune of
	// [chunkFrom, chunkTo) ends a run, so a run from any rune between
	// ends at chunkTo as well.
	chunkFrom, chunkTo int
}

func decode(body string) *runes {
	n := utf8.RuneCountInString(body) // as many as range gives: an invalid byte is one
	if uint64(len(body)) > math.MaxUint32 {
		return decodeWide(body, n)
	}
	d := &runes{body: body, r: make([]rune, n), off: make([]uint32, n+1)}
	k := 0
	for i, c := range body {
		d.r[k], d.off[k] = c, uint32(i)
		k++
	}
	d.off[n] = uint32(len(body))
	return d
}

// decodeAs is decode of body whose code points r already holds ([]rune(body),
// as storyline.Doc.Runes gives them): only the offsets are made. The stage
// decoded every body a second time beside the Doc's, which the stages after
// it read (TestDecodeAsIsDecode).
func decodeAs(body string, r []rune) *runes {
	if uint64(len(body)) > math.MaxUint32 {
		return decodeWide(body, len(r))
	}
	d := &runes{body: body, r: r, off: make([]uint32, len(r)+1)}
	k := 0
	for i := range body {
		d.off[k] = uint32(i)
		k++
	}
	d.off[len(r)] = uint32(len(body))
	return d
}

// decodeWide is decode for a body of n runes whose offsets need more than
// 32 bits.
func decodeWide(body string, n int) *runes {
	d := &runes{body: body, r: make([]rune, n), wide: make([]int, n+1)}
	k := 0
	for i, c := range body {
		d.r[k], d.wide[k] = c, i
		k++
	}
	d.wide[n] = len(body)
	return d
}

// byteAt is the byte offset of rune i.
func (d *runes) byteAt(i int) int {
	if d.off == nil {
		return d.wide[i]
	}
	return int(d.off[i])
}

// text is the body from rune i to rune e.
func (d *runes) text(i, e int) string { return d.body[d.byteAt(i):d.byteAt(e)] }

func (d *runes) at(i int) rune {
	if i < 0 || i >= len(d.r) {
		return 0
	}
	return d.r[i]
}

func (d *runes) token(s, e int) storyline.Token {
	return storyline.Token{Span: storyline.Span{Start: s, End: e}, Text: d.text(s, e)}
}

// Tokenize splits body into words and punctuation the way CoNLL/PTB news
// corpora do, so a tagger trained on them sees familiar tokens: clitics split
// ("Rutte" "'s", "do" "n't"), abbreviations and initials keep their period,
// numbers keep their decimal point and thousands separators, hyphenated words,
// URLs and e-mail addresses stay whole.
func Tokenize(body string) []storyline.Token {
	toks, _ := tokenize(body)
	return toks
}

// tokenize is Tokenize, and the body decoded, whose byte offsets the
// sentence splitter reads (Stage.Process).
func tokenize(body string) ([]storyline.Token, *runes) {
	return tokenizeDecoded(decode(body))
}

// tokenizeDecoded is tokenize of the decoded body d.
func tokenizeDecoded(d *runes) ([]storyline.Token, *runes) {
	toks := make([]storyline.Token, 0, len(d.r)/5+1)
	for i := 0; i < len(d.r); {
		c := d.r[i]
		if unicode.IsSpace(c) || unicode.IsControl(c) || c == '\u200b' || c == '\ufeff' {
			i++
			continue
		}
		e := d.scan(i)
		toks = d.appendWord(toks, i, e)
		i = e
	}
	return toks, d
}

// scan returns the end of the token (before clitic splitting) that starts at i.
func (d *runes) scan(i int) int {
	if e := d.scanLink(i); e > i {
		return e
	}
	c := d.r[i]
	switch {
	case isWordRune(c):
		return d.scanWord(i)
	case c == '.' && d.at(i+1) == '.' && d.at(i+2) == '.':
		e := i + 3
		for d.at(e) == '.' {
			e++
		}
		return e
	case c == '-' && d.at(i+1) == '-':
		e := i + 2
		for d.at(e) == '-' {
			e++
		}
		return e
	case c == '.' && unicode.IsDigit(d.at(i+1)) && !isWordRune(d.at(i-1)):
		return d.scanWord(i + 1) // ".5"
	}
	return i + 1
}

// isWordRune reports a rune a word is made of: a letter or a digit, or a
// combining mark, which stays with the letter it modifies. No mark comes
// before U+0300 (TestIsWordRuneIsTheTests): a space or a punctuation mark
// is not searched for in the table of marks.
func isWordRune(c rune) bool {
	return english.IsWordRune(c) || c >= firstMark && unicode.Is(unicode.Mn, c)
}

// firstMark is the first nonspacing mark, U+0300 COMBINING GRAVE ACCENT.
const firstMark = 0x300

func isApostrophe(c rune) bool { return c == '\'' || c == '’' }

// scanWord consumes letters and digits plus the connectors that keep a word
// whole: hyphens, apostrophes, decimal points and thousands separators,
// ampersands inside capitals (AT&T), and the periods of abbreviations.
func (d *runes) scanWord(i int) int {
	e := i
	for {
		for e < len(d.r) && isWordRune(d.r[e]) {
			e++
		}
		c, next := d.at(e), d.at(e+1)
		switch {
		case (c == '-' || c == '‐' || c == '/' && unicode.IsDigit(d.at(e-1))) && isWordRune(next):
			e++
		case isApostrophe(c) && unicode.IsLetter(next) && unicode.IsLetter(d.at(e-1)):
			e++
		case (c == '.' || c == ',' || c == ':') && unicode.IsDigit(d.at(e-1)) && unicode.IsDigit(next):
			e++
		case c == '&' && unicode.IsUpper(d.at(e-1)) && unicode.IsUpper(next):
			e++
		case c == '.':
			return d.scanPeriod(i, e)
		default:
			return e
		}
	}
}

// scanPeriod decides whether the period at e belongs to the word [i,e):
// initials and dotted acronyms (J., U.S., p.m.) and known abbreviations
// (Gen., Jan.) keep it; anywhere else it is punctuation of its own.
func (d *runes) scanPeriod(i, e int) int {
	if e-i == 1 && unicode.IsLetter(d.r[i]) {
		for unicode.IsLetter(d.at(e+1)) && d.at(e+2) == '.' {
			e += 2
		}
		return e + 1
	}
	w := d.text(i, e)
	if strings.EqualFold(w, "no") || strings.EqualFold(w, "nos") {
		// "No. 10" numbers something; "said No." ends a sentence.
		if d.at(e+1) == ' ' && unicode.IsDigit(d.at(e+2)) {
			return e + 1
		}
		return e
	}
	if english.IsAbbreviation(w) {
		return e + 1
	}
	return e
}

// scanLink returns the end of a URL or e-mail address starting at i, or i.
func (d *runes) scanLink(i int) int {
	e := d.chunkEnd(i)
	if e-i < 5 {
		return i
	}
	w := d.text(i, e)
	if !looksLikeLink(w) {
		return i
	}
	for e > i && strings.ContainsRune(".,;:!?)]}'", d.r[e-1]) {
		if d.r[e-1] == ')' && strings.ContainsRune(d.text(i, e-1), '(') {
			break
		}
		e--
	}
	return e
}

// chunkEnd is the end of the run of runes from i up to white space, a
// quotation mark, '<' or '>': ASCII runes are told by a switch, the rest by
// unicode.IsSpace and isQuote (TestChunkEndIsTheTests). Every token of a
// run asks for its end (scanLink): the run last found answers for the
// tokens inside it, where reading to its end again from each made a long
// run quadratic (a paragraph of Chinese, which writes no spaces: chunkEnd
// was 58% of tokenizing the text dev dumps).
func (d *runes) chunkEnd(i int) int {
	if d.chunkFrom <= i && i < d.chunkTo {
		return d.chunkTo
	}
	e := d.scanChunk(i)
	d.chunkFrom, d.chunkTo = i, e
	return e
}

// scanChunk is chunkEnd read rune by rune.
func (d *runes) scanChunk(i int) int {
	e := i
	for ; e < len(d.r); e++ {
		c := d.r[e]
		if c < utf8.RuneSelf {
			switch c {
			case ' ', '\t', '\n', '\v', '\f', '\r', '"', '<', '>':
				return e
			}
			continue
		}
		if unicode.IsSpace(c) || isQuote(c) {
			return e
		}
	}
	return e
}

func looksLikeLink(w string) bool {
	if english.HasPrefixFold(w, "http://") || english.HasPrefixFold(w, "https://") || english.HasPrefixFold(w, "www.") {
		return true
	}
	at := strings.IndexByte(w, '@')
	if at <= 0 || at == len(w)-1 {
		return false
	}
	dom := w[at+1:]
	dot := strings.IndexByte(dom, '.')
	return dot > 0 && dot < len(strings.TrimRight(dom, ".,;:!?)"))-1 && isWordStart(w)
}

func isWordStart(w string) bool {
	c, _ := utf8.DecodeRuneInString(w)
	return isWordRune(c)
}

func isQuote(c rune) bool {
	switch c {
	case '"', '“', '”', '„', '«', '»', '‘', '‚', '‹', '›':
		return true
	}
	return false
}
