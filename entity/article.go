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
// kept as an alias of the person.
func articleEntities(ms []storyline.Mention, body []rune) []storyline.ArticleEntity {
	order := make([]int, 0, len(ms))
	for i := range ms {
		if ms[i].Canonical != "" {
			order = append(order, i)
		}
	}
	sort.SliceStable(order, func(a, b int) bool { return ms[order[a]].Start < ms[order[b]].Start })
	byName := map[string]int{}
	endingAt := mentionsEndingAt(ms)
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
			span.Start = titleStart(body, span.Start, endingAt)
		}
		out[j].Mentions = append(out[j].Mentions, span)
	}
	return out
}

// titleStart walks back from a person's name over a capitalised title
// ("Secretary-General", "Transport Minister": the word next to the name must
// be a title word, the ones before it may name the portfolio) and over an
// adjacent organisation, place or nationality mention, returning where the
// titled name begins.
func titleStart(body []rune, start int, endingAt map[int]storyline.Mention) int {
	w0, w1 := previousWord(body, start)
	if w0 < 0 || !english.IsTitleWord(string(body[w0:w1])) || !unicode.IsUpper(body[w0]) {
		return start
	}
	begin := w0
	for range maxTitleWords - 1 {
		if m, ok := endingAt[begin-1]; ok && body[begin-1] == ' ' {
			return m.Start
		}
		w0, _ = previousWord(body, begin)
		if w0 < 0 || !unicode.IsUpper(body[w0]) {
			break
		}
		begin = w0
	}
	return begin
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
