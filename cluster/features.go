package cluster

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/english"
)

// termCounts counts the words of the title (weighted) and body, stop words
// out, capitalised words inside sentences weighted as names. names counts
// apart the body's capitalised words inside sentences and its numbers: what
// tells two similar events apart (INS Mysore caught 23, INS Sukanya 26).
//
// The words of an article in another language than English are keyed with
// its language ("es:gobierno"): they meet only articles of that language,
// and their IDF counts only those (see vocab).
func termCounts(a *storyline.Article, opt Options) (counts, names map[string]float64) {
	counts = make(map[string]float64, 256)
	names = make(map[string]float64, 64)
	prefix := langPrefix(a.Language)
	title := counter{counts: counts, weight: opt.TitleWeight, nameWeight: 1, prefix: prefix}
	title.add(a.Title)
	body := counter{counts: counts, names: names, weight: 1, nameWeight: opt.NameWeight, prefix: prefix}
	body.add(a.Body)
	return counts, names
}

// langKey is the key of an article's language in the vocabulary: English
// and an unknown language share the empty key (the stop words and the
// entities are English).
func langKey(language string) string {
	if language == "en" {
		return ""
	}
	return language
}

// langPrefix is what an article's words are keyed with.
func langPrefix(language string) string {
	if k := langKey(language); k != "" {
		return k + ":"
	}
	return ""
}

// counter accumulates weighted term counts over a text: into counts and
// names, or, when terms is set, straight into vocabulary ids (terms counts
// the names when withNames is set, as a non-nil names map would be).
type counter struct {
	counts, names      map[string]float64
	terms              *docTerms
	withNames          bool
	weight, nameWeight float64
	// prefix keys the words with their language (see langPrefix).
	prefix string
}

func (c *counter) add(s string) {
	sentenceStart := true
	for len(s) > 0 {
		r, size := rune(s[0]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s)
		}
		if !isWordRune(r) {
			if r == '.' || r == '!' || r == '?' || r == '\n' || r == '"' || r == '“' {
				sentenceStart = true
			}
			s = s[size:]
			continue
		}
		end := size
		for end < len(s) {
			if b := s[end]; b < utf8.RuneSelf {
				if asciiWord[b] || b == '\'' {
					end++
					continue
				}
				break
			}
			r2, sz := utf8.DecodeRuneInString(s[end:])
			// A mark continues a word: the vowel signs of Devanagari,
			// Bengali or Thai are marks, and a word is not split at each.
			if !english.IsWordRune(r2) && !unicode.Is(unicode.M, r2) && r2 != '’' {
				break
			}
			end += sz
		}
		word := s[:end]
		s = s[end:]
		name := !sentenceStart && unicode.IsUpper(r)
		sentenceStart = false
		c.word(word, name, unicode.IsDigit(r))
	}
}

// asciiWord marks the ASCII letters and digits: english.IsWordRune of an
// ASCII rune, read from a table (the word loops' most asked question).
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for b := range t {
		t[b] = english.IsWordRune(rune(b))
	}
	return t
}()

// isWordRune is english.IsWordRune with ASCII read from asciiWord.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiWord[r]
	}
	return english.IsWordRune(r)
}

func (c *counter) word(raw string, name, digit bool) {
	if c.terms != nil {
		w := c.weight
		if name {
			w *= c.nameWeight
		}
		c.terms.add(raw, w, c.withNames && (name || digit))
		return
	}
	t := normalise(raw)
	if t == "" {
		return
	}
	t = c.prefix + t
	w := c.weight
	if name {
		w *= c.nameWeight
	}
	c.counts[t] += w
	if c.names != nil && (name || digit) {
		c.names["#"+t]++
	}
}

// normalise lower-cases a word, drops possessives and a plural s, and
// returns "" for stop words and one-letter words.
func normalise(w string) string {
	w = strings.ToLower(w)
	if i := apostrophe(w); i >= 0 {
		w = w[:i]
	}
	if len(w) < 2 || stopWords()[w] {
		return ""
	}
	if len(w) > 4 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") {
		w = w[:len(w)-1]
	}
	return w
}

// apostrophe is strings.IndexAny(w, "'’"): the first apostrophe of w,
// straight or curly, or -1, by two byte searches (IndexAny decodes w and
// searches its set for every rune).
func apostrophe(w string) int {
	i := strings.IndexByte(w, '\'')
	if j := strings.Index(w, "’"); j >= 0 && (i < 0 || j < i) {
		return j
	}
	return i
}

// entityNames returns the article's canonical entities with their mention
// counts: from the article's entities (named across the store once linked),
// else from the Doc's mentions.
func entityNames(d *storyline.Doc) map[string]int {
	out := map[string]int{}
	for _, e := range d.Article.Entities {
		out[e.Name] += max(1, len(e.Mentions))
	}
	if len(out) > 0 {
		return out
	}
	for _, m := range d.Mentions {
		name := m.Canonical
		if name == "" {
			name = m.Text
		}
		if name != "" {
			out[name]++
		}
	}
	return out
}

// peopleCounts counts the mentions of the people the article names, keyed
// by surname so that "Thomas" and "Pierre Thomas" agree: from its entities,
// else from the Doc's mentions.
func peopleCounts(d *storyline.Doc) map[string]float64 {
	out := map[string]float64{}
	add := func(name string, n int) {
		if f := strings.Fields(name); len(f) > 0 {
			out["%"+strings.ToLower(f[len(f)-1])] += float64(n)
		}
	}
	for _, e := range d.Article.Entities {
		if e.Type == storyline.Person {
			add(e.Name, max(1, len(e.Mentions)))
		}
	}
	if len(d.Article.Entities) > 0 {
		return out
	}
	for _, m := range d.Mentions {
		if m.Type == storyline.Person {
			name := m.Canonical
			if name == "" {
				name = m.Text
			}
			add(name, 1)
		}
	}
	return out
}

// yearCounts counts the years from 1900 to 2099 written in the texts as
// words of four digits.
func yearCounts(texts ...string) map[string]float64 {
	out := map[string]float64{}
	for _, s := range texts {
		// from run of digits to run of digits: most bytes are none
		for i := 0; i < len(s); {
			if !isDigit(s[i]) {
				i++
				continue
			}
			start := i
			for i < len(s) && isDigit(s[i]) {
				i++
			}
			if i-start == 4 && (i == len(s) || !isWordByte(s[i])) && (start == 0 || !isWordByte(s[start-1])) {
				if y := s[start:i]; y[:2] == "19" || y[:2] == "20" {
					out["^"+y]++
				}
			}
		}
	}
	return out
}

func isDigit(b byte) bool { return '0' <= b && b <= '9' }

func isWordByte(b byte) bool {
	return b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= 0x80
}

var stopWords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a about above after again against all also am an and any are as at be
	because been before being below between both but by can could did do does doing down during each few for
	from further had has have having he her here hers herself him himself his how i if in into is it its itself
	just me more most my myself no nor not now of off on once only or other our ours ourselves out over own
	said same she should so some such than that the their theirs them themselves then there these they this
	those through to too under until up very was we were what when where which while who whom why will with
	would you your yours yourself yourselves says say told tell according also one two new like get got
	may might must shall us mr mrs ms year years time day week month monday tuesday wednesday thursday
	friday saturday sunday today yesterday tomorrow last first people percent per cent many much well even
	still back made make since around way going go went come came however another just know think want`) {
		m[w] = true
	}
	return m
})
