package entity

import (
	"sort"
	"strings"
	"unicode"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/english"
)

// articleEntities groups resolved mentions by entity, in order of first
// mention. A person's mention that follows a capitalised title ("NATO
// Secretary-General Mark Rutte") covers the title too, so the titled form is
// kept as an alias of the person. sentences are the body's sentences: a word
// that opens one is capitalised whatever it is.
func articleEntities(ms []storyline.Mention, body []rune, sentences []storyline.Span) []storyline.ArticleEntity {
	order := make([]int, 0, len(ms))
	for i := range ms {
		if ms[i].Canonical != "" {
			order = append(order, i)
		}
	}
	sort.SliceStable(order, func(a, b int) bool { return ms[order[a]].Start < ms[order[b]].Start })
	byName := map[string]int{}
	t := titles{body: body, endingAt: mentionsEndingAt(ms), openers: sentenceOpeners(body, sentences)}
	var out []storyline.ArticleEntity
	for _, i := range order {
		m := ms[i]
		k := string(m.Type) + "\x00" + m.Canonical
		j, ok := byName[k]
		if !ok {
			j = len(out)
			byName[k] = j
			out = append(out, storyline.ArticleEntity{Name: m.Canonical, Type: m.Type})
		}
		span := m.Span
		if m.Type == storyline.Person {
			span.Start = t.start(span.Start)
		}
		out[j].Mentions = append(out[j].Mentions, span)
	}
	return out
}

// titles finds where the titled form of a person's name begins in a body.
type titles struct {
	body []rune
	// endingAt are the non-person mentions by where they end.
	endingAt map[int]storyline.Mention
	// openers are the offsets of the first letter of each sentence.
	openers map[int]bool
}

// start walks back from a person's name over a capitalised title
// ("Secretary-General", "Transport Minister": the word next to the name must
// be a title word, the ones before it may name the portfolio; "Secretary of
// State" is one title) and over an adjacent organisation, place or
// nationality mention, returning where the titled name begins. A word that
// opens the sentence and is no title word is left out: its capital says
// nothing ("If President Trump", "After President Obama").
func (t titles) start(start int) int {
	body := t.body
	w0, w1 := previousWord(body, start)
	if w0 < 0 || !english.IsTitleWord(string(body[w0:w1])) || !unicode.IsUpper(body[w0]) {
		return start
	}
	begin := w0
	for range maxTitleWords - 1 {
		if m, ok := t.endingAt[begin-1]; ok && body[begin-1] == ' ' {
			return m.Start
		}
		w0, w1 = previousWord(body, begin)
		if w0 >= 0 && string(body[w0:w1]) == "of" {
			// "Secretary of State", "Chief of Staff": the word before
			// "of" must itself be a capitalised title word.
			o0, o1 := previousWord(body, w0)
			if o0 < 0 || !unicode.IsUpper(body[o0]) || !english.IsTitleWord(string(body[o0:o1])) {
				break
			}
			w0, w1 = o0, o1
		}
		if w0 < 0 || !unicode.IsUpper(body[w0]) || t.openers[w0] && !english.IsTitleWord(string(body[w0:w1])) {
			break
		}
		begin = w0
	}
	return begin
}

// sentenceOpeners are the offsets of the first letter of each sentence.
func sentenceOpeners(body []rune, sentences []storyline.Span) map[int]bool {
	out := make(map[int]bool, len(sentences))
	for _, s := range sentences {
		for i := s.Start; i < s.End && i < len(body); i++ {
			if unicode.IsLetter(body[i]) || unicode.IsDigit(body[i]) {
				out[i] = true
				break
			}
		}
	}
	return out
}

// maxTitleWords bounds how far back a title may reach.
const maxTitleWords = 4

// mentionsEndingAt indexes the non-person mentions by where they end: a
// title may begin with one ("NATO Secretary-General ...").
func mentionsEndingAt(ms []storyline.Mention) map[int]storyline.Mention {
	out := map[int]storyline.Mention{}
	for _, m := range ms {
		if _, taken := out[m.End]; m.Type != storyline.Person && !taken {
			out[m.End] = m
		}
	}
	return out
}

// previousWord returns the span of the word that ends one space before pos,
// or -1 when there is none.
func previousWord(body []rune, pos int) (int, int) {
	if pos < 2 || body[pos-1] != ' ' {
		return -1, -1
	}
	end := pos - 1
	start := end
	for start > 0 && (unicode.IsLetter(body[start-1]) || body[start-1] == '-' || body[start-1] == '.') {
		start--
	}
	if start == end || strings.Trim(string(body[start:end]), ".-") == "" {
		return -1, -1
	}
	return start, end
}
