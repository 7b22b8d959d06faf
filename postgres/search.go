package postgres

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/storyline-news/storyline"
)

// term is one chunk of what a person types: a word, or the words of a
// "quoted phrase" in order; prefix makes the last word a prefix.
type term struct {
	words  []string // folded
	prefix bool
}

// parseQuery splits query text into terms, each folded into the words the
// index holds; a chunk with no word in it ("(", "*") is dropped.
func parseQuery(q string) []term {
	var out []term
	for _, chunk := range storyline.QueryChunks(q) {
		prefix := strings.HasSuffix(chunk, "*")
		words := strings.FieldsFunc(fold(chunk), func(r rune) bool { return !isWordRune(r) })
		if len(words) == 0 {
			continue
		}
		out = append(out, term{words: words, prefix: prefix})
	}
	return out
}

// tsQuery turns terms into a tsquery: every term a phrase of its words
// (letters and digits only, so tsquery syntax cannot get in), a prefix term's
// last word ':*', the terms ANDed. "" when there is no term.
func tsQuery(terms []term) string {
	var parts []string
	for _, t := range terms {
		words := make([]string, len(t.words))
		for i, w := range t.words {
			words[i] = "'" + w + "'"
		}
		if t.prefix {
			words[len(words)-1] += ":*"
		}
		parts = append(parts, "("+strings.Join(words, " <-> ")+")")
	}
	return strings.Join(parts, " & ")
}

// searchText is what the full-text index reads of a title or body: its
// words, folded, one space apart. Splitting here, at every rune that is not
// a letter or digit, keeps the words the index holds the ones the query
// parser makes, whatever the text-search parser would take for a word.
func searchText(s string) string {
	return strings.Join(strings.FieldsFunc(fold(s), func(r rune) bool { return !isWordRune(r) }), " ")
}

// fold lowers case and drops diacritics ("Ålesund" → "alesund"), for the
// index and for queries alike; NULs, which text cannot hold, go too.
func fold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.ToLower(clean(s))) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return norm.NFC.String(b.String())
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// token is one word of a body: its byte span and its folded form.
type token struct {
	start, end int
	folded     string
}

func tokens(s string) []token {
	var out []token
	start := -1
	for i, r := range s {
		if isWordRune(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			out = append(out, token{start: start, end: i, folded: fold(s[start:i])})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, token{start: start, end: len(s), folded: fold(s[start:])})
	}
	return out
}

// hit reports whether a folded word is one a term asks for.
func hit(w string, terms []term) bool {
	for _, t := range terms {
		for i, tw := range t.words {
			if w == tw || t.prefix && i == len(t.words)-1 && strings.HasPrefix(w, tw) {
				return true
			}
		}
	}
	return false
}

// snippet is the window of snippetTokens words of body with the most words
// that the terms ask for, those centred in it, each between storyline.MarkStart and MarkEnd, with
// '…' where the window cuts the body: SQLite's snippet(), done in Go so that
// the marked words are the folded words the index matched (ts_headline would
// not fold "Ålesund" to meet "alesund").
func snippet(body string, terms []term) string {
	body = strings.ToValidUTF8(clean(body), "\ufffd")
	toks := tokens(body)
	if len(toks) == 0 {
		return ""
	}
	hits := make([]bool, len(toks))
	for i, t := range toks {
		hits[i] = hit(t.folded, terms)
	}
	n := min(snippetTokens, len(toks))
	best, count := 0, 0
	for i := 0; i < n; i++ {
		if hits[i] {
			count++
		}
	}
	most := count
	for i := n; i < len(toks); i++ {
		if hits[i] {
			count++
		}
		if hits[i-n] {
			count--
		}
		if count > most {
			most, best = count, i-n+1
		}
	}
	// Centre the hits of the best window in it, so that they have context on
	// both sides.
	first, last := -1, -1
	for i := best; i < best+n; i++ {
		if hits[i] {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first >= 0 {
		best = max(0, min(len(toks)-n, first-(n-(last-first+1))/2))
	}
	var b strings.Builder
	if best > 0 {
		b.WriteString("…")
	}
	end := best + n - 1
	pos := toks[best].start
	for i := best; i <= end; i++ {
		t := toks[i]
		b.WriteString(body[pos:t.start])
		if hits[i] {
			b.WriteString(storyline.MarkStart + body[t.start:t.end] + storyline.MarkEnd)
		} else {
			b.WriteString(body[t.start:t.end])
		}
		pos = t.end
	}
	if end < len(toks)-1 {
		b.WriteString("…")
	} else {
		b.WriteString(body[pos:])
	}
	return b.String()
}
