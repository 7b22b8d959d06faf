package compare

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/english"
)

// Two reports are one utterance when most of the shorter one's word pairs
// recur in the longer one, or a long run of its words does: a fragment
// ("legitimate rape" inside the full sentence), a truncation, a bracketed
// insertion ("[Putin's] actions") or a word or two changed all keep most
// pairs; two different sentences of one speaker share few. Quote
// attribution errs more often than eight words in a row recur by chance
// ("Lauren Greene" given the congressman's statement, "Fox News" given
// Glenn Beck's line), so such a run joins reports whatever their speakers.
const (
	// minQuoteWords: shorter reports ("no surprise", "revisionist") are
	// matched only as exact words inside the longer, of compatible speakers.
	minQuoteWords = 3
	// minShortWords: a short report needs this many content words; "in
	// Vietnam" or "stop" recur in too many sentences to stand for an utterance.
	minShortWords = 2
)

// qrep is one quotation of one article, ready to be matched.
type qrep struct {
	doc   int
	span  storyline.Span
	words []string
	// pairs is its word pairs as a set (wordPairs), for the hand
	// thresholds only (matchQuotes).
	pairs   map[string]bool
	speaker string
	cue     string
	// content is its content words, as a set.
	content map[string]bool
	// keys are its words as numbers of its QuoteSet's vocabulary
	// (keyReports): what the pairs' features are computed over.
	keys repKeys
	// elided: the quotation leaves words out ("...") or inserts its own
	// ("[Putin's]").
	elided bool
	// free counts the times its words stand unquoted in the story's bodies
	// (countFreeUses).
	free int
	// partial: a quotation inside a sentence of the article's own words
	// ("called it “a war of Obama's choosing”"), not a sentence of the
	// speaker's.
	partial bool
	// caps counts its words after the first written with a capital
	// (names: "Ground Zero mosque", "radical Islam"); number says whether a
	// word is a number.
	caps   int
	number bool
}

// capShare is the share of the report's words after the first that are
// written with a capital (0 for a report of one word).
func (r *qrep) capShare() float64 {
	if len(r.words) < 2 {
		return 0
	}
	return float64(r.caps) / float64(len(r.words)-1)
}

// utterances groups the direct and partial quotations of the story's
// articles into utterances: at most one report per article each. The
// learned model decides which reports are one utterance (o.Grouping);
// without one, the hand thresholds of o do (matchQuotes).
func utterances(docs []*doc, o Options) []storyline.Utterance {
	if o.Grouping != nil && !o.HandQuotes {
		return newQuoteSet(docs).Utterances(o.Grouping)
	}
	q := &QuoteSet{docs: docs, reps: quoteReports(docs)}
	reps := q.reps
	for _, r := range reps {
		r.pairs = wordPairs(r.words) // what matchQuotes compares; the model reads keys
	}
	groups := groupReports(len(reps), false, func(i, j int) (float64, bool) {
		if reps[i].doc == reps[j].doc {
			return 0, false
		}
		return matchQuotes(reps[i], reps[j], o)
	}, func(i int) int { return reps[i].doc })
	return q.utterances(groups)
}

// sortUtterances puts the most reported utterances first.
func sortUtterances(us []storyline.Utterance) {
	sort.SliceStable(us, func(i, j int) bool { return len(us[i].Reports) > len(us[j].Reports) })
}

func quoteReports(docs []*doc) []*qrep {
	var reps []*qrep
	for di, d := range docs {
		// an utterance split by its attribution is compared whole
		for _, q := range storyline.JoinQuoteParts(d.a.Quotes) {
			if q.Kind == storyline.QuoteIndirect {
				continue
			}
			sp, ok := d.span(storyline.Span{Start: q.Start, End: q.End})
			written := writtenWords(q.Text)
			if !ok || len(written) == 0 {
				continue
			}
			caps, number := wordShapes(written)
			ws := foldWords(written)
			reps = append(reps, &qrep{doc: di, span: sp, words: ws, speaker: q.Speaker, cue: q.Cue,
				content: wordSet(ws, true), elided: elided(q.Text),
				partial: q.Kind == storyline.QuotePartial, caps: caps, number: number})
		}
	}
	return reps
}

// foldWords lower-cases written words in place and returns them: a
// quotation's words as its reports are compared.
func foldWords(ws []string) []string {
	for i, w := range ws {
		ws[i] = strings.ToLower(w)
	}
	return ws
}

// writtenWords are a quotation's words as it writes them, without
// punctuation, ellipses or bracketed insertions; an ampersand standing
// between words is the word "and" (standingAmpersand). A word masked in print
// ("f***ing", "f-----g", "s---") stays one word, its mask written as one
// '*' ("f*ing", "f*g", "s*"): keyReports matches it to the story's word it
// hides.
func writtenWords(s string) []string {
	rs := []rune(s)
	var b strings.Builder
	depth := 0
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		switch {
		case r == '[':
			depth++
		case r == ']':
			depth = max(0, depth-1)
		case depth > 0:
		case r == '’' || r == '\'':
			b.WriteRune('\'')
		case standingAmpersand(rs, i):
			b.WriteString(" and ")
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
		case isMask(rs, i):
			b.WriteRune('*')
			for i+1 < len(rs) && (rs[i+1] == '*' || rs[i+1] == r) {
				i++
			}
		default:
			b.WriteRune(' ')
		}
	}
	return strings.Fields(b.String())
}

// standingAmpersand reports whether rs[i] is an ampersand standing for
// the word "and" ("good & bad", "Comey & others"): a tweet's "&" that
// another outlet prints as "and". Between two letters or digits ("AT&T",
// "R&D") it is part of a name, and stays a break between its words.
func standingAmpersand(rs []rune, i int) bool {
	if rs[i] != '&' {
		return false
	}
	wordAt := func(j int) bool { return j >= 0 && j < len(rs) && (unicode.IsLetter(rs[j]) || unicode.IsDigit(rs[j])) }
	return !wordAt(i-1) || !wordAt(i+1)
}

// A masked word shows at most maxMaskShown letters before its mask. A mask
// of asterisks is followed by letters ("sh*t", "a**hole") or is two long
// ("f**", "sh**"): "is*" and "US*" mark a footnote or an emphasis. A mask of
// hyphens shows one letter and is two long before letters ("d--n", "f--k")
// or three long at the end ("s---"): "X-Men" and "e-mail" are words,
// "said--and" and "he--and" dashes between words, "well-known" two words. A word that starts again after the dashes
// ("I--I think", "a--a disaster") is a stammer, not a mask.
const (
	maxMaskShown      = 2
	minMaskStars      = 2
	minMaskDashLetter = 2 // before letters
	minMaskDash       = 3 // at the end of a word
)

// isMask reports whether rs[i] begins the mask of a word printed with its
// letters hidden.
func isMask(rs []rune, i int) bool {
	c := rs[i]
	if c != '*' && c != '-' {
		return false
	}
	from := i
	for from > 0 && unicode.IsLetter(rs[from-1]) {
		from--
	}
	shown := i - from
	if shown == 0 || shown > maxMaskShown || c == '-' && shown > 1 {
		return false
	}
	end := i
	for end < len(rs) && rs[end] == c {
		end++
	}
	after := end
	for after < len(rs) && unicode.IsLetter(rs[after]) {
		after++
	}
	if end < after && strings.EqualFold(string(rs[end:after]), string(rs[from:i])) {
		return false // "I--I": the word again
	}
	switch {
	case c == '*':
		return end < after || end-i >= minMaskStars
	case end < after:
		return end-i >= minMaskDashLetter // "d--n"; "X-Men", "e-mail" are words
	}
	return end-i >= minMaskDash
}

// wordShapes counts a quotation's written words after the first that begin
// with a capital ("I" aside: it is no name), and says whether a word is a
// number.
func wordShapes(written []string) (caps int, number bool) {
	for i, w := range written {
		first, _ := utf8.DecodeRuneInString(w)
		if unicode.IsDigit(first) {
			number = true
		}
		if i > 0 && unicode.IsUpper(first) && w != "I" && !strings.HasPrefix(w, "I'") {
			caps++
		}
	}
	return caps, number
}

// wordSet is the set of ws (of its content words only, with content).
func wordSet(ws []string, content bool) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		if !content || !functionWords[w] {
			m[w] = true
		}
	}
	return m
}

// elided says whether a quotation marks words left out or put in.
func elided(s string) bool {
	return strings.Contains(s, "...") || strings.Contains(s, "…") || strings.Contains(s, "[")
}

func wordPairs(ws []string) map[string]bool {
	m := make(map[string]bool, len(ws))
	if len(ws) == 1 {
		m[ws[0]] = true
	}
	for i := 0; i+1 < len(ws); i++ {
		m[ws[i]+" "+ws[i+1]] = true
	}
	return m
}

// matchQuotes scores two reports of different articles: the share of the
// shorter's word pairs the longer holds, and whether they are one utterance.
func matchQuotes(a, b *qrep, o Options) (float64, bool) {
	if len(a.words) > len(b.words) {
		a, b = b, a
	}
	shared := 0
	for p := range a.pairs {
		if b.pairs[p] {
			shared++
		}
	}
	score := float64(shared) / float64(len(a.pairs))
	run := longestRun(a.words, b.words)
	compatible := a.speaker == "" || b.speaker == "" || sameSpeaker(a.speaker, b.speaker)
	switch {
	case len(a.words) < minQuoteWords:
		return score, compatible && run == len(a.words) && contentWords(a.words) >= minShortWords
	case run >= o.StrongRun:
		return score, true
	case !compatible:
		return score, false
	}
	return score, score >= o.QuoteMatch || run >= o.RunMatch
}

// longestRun is the length of the longest run of words a and b share in
// the same order.
func longestRun(a, b []string) int {
	n, _ := longestRunAt(a, b)
	return n
}

// longestRunAt is longestRun and where the (first) longest run ends in a.
func longestRunAt(a, b []string) (n, end int) { return longestRunIn(&runBuffer{}, a, b) }

// functionWords carry no content of their own: two of them ("in the") do not
// make a quotation.
var functionWords = map[string]bool{
	"a": true, "an": true, "the": true, "in": true, "on": true, "of": true, "to": true, "at": true,
	"for": true, "by": true, "with": true, "from": true, "and": true, "or": true, "but": true,
	"is": true, "was": true, "be": true, "it": true, "that": true, "this": true, "as": true,
}

func contentWords(ws []string) int {
	n := 0
	for _, w := range ws {
		if !functionWords[w] {
			n++
		}
	}
	return n
}

// sameSpeaker accepts one canonical name written two ways across articles
// ("Donald J. Trump", "Trump"; "Jim Mattis", "James Mattis"): the same last
// word is enough inside one story. So is a name of two words or more that
// the other holds as a run of its words ("St. Louis Tea Party", "St. Louis
// Tea Party Coalition": an organisation named with and without a word),
// unless the longer ends in a name suffix the shorter lacks ("Donald Trump
// Jr." is not "Donald Trump").
func sameSpeaker(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	return strings.EqualFold(lastWord(a), lastWord(b)) || namedWithin(a, b) || namedWithin(b, a)
}

// namedWithin says whether short, of two words or more, stands in long as
// a run of its words.
func namedWithin(short, long string) bool {
	s, l := strings.Fields(strings.ToLower(short)), strings.Fields(strings.ToLower(long))
	if len(s) < 2 || len(s) >= len(l) || english.IsNameSuffix(l[len(l)-1]) && !english.IsNameSuffix(s[len(s)-1]) {
		return false
	}
	return containsRun(l, s)
}

func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

func containsRun(long, short []string) bool { return longestRun(short, long) == len(short) }

// dropSubsumed removes a lone report that is part of an utterance its
// article already reports in a group with other articles: either another
// report of the same article holds its words (the article repeats a
// fragment of what it quotes in full elsewhere; within lists, per report,
// the reports of its article that hold its words), or another article's
// report in that group holds them in a row (the article quotes the
// utterance in two pieces that another outlet prints as one sentence). Such
// a report is no utterance of one source.
func dropSubsumed(groups [][]int, within [][]int, reps []*qrep) [][]int {
	grouped := map[int]bool{}
	for _, g := range groups {
		if len(g) >= 2 {
			for _, i := range g {
				grouped[i] = true
			}
		}
	}
	out := groups[:0:0]
	for _, g := range groups {
		if len(g) == 1 && (anyIn(within[g[0]], grouped) || pieceOfGroup(g[0], groups, reps)) {
			continue
		}
		out = append(out, g)
	}
	return out
}

// pieceOfGroup reports whether reps[r], long enough to stand for an
// utterance, is a piece of a group that holds another report of its
// article: some other article's report in that group holds its words in a
// row.
func pieceOfGroup(r int, groups [][]int, reps []*qrep) bool {
	p := reps[r]
	if len(p.words) < minQuoteWords || len(p.content) < minShortWords {
		return false
	}
	for _, g := range groups {
		if len(g) < 2 || !slices.ContainsFunc(g, func(i int) bool { return i != r && reps[i].doc == p.doc }) {
			continue
		}
		for _, o := range g {
			if reps[o].doc != p.doc && containsRun(reps[o].words, p.words) {
				return true
			}
		}
	}
	return false
}

func anyIn(xs []int, set map[int]bool) bool {
	for _, x := range xs {
		if set[x] {
			return true
		}
	}
	return false
}

// utterance builds the contract entry of one group of reports.
func utterance(g []int, reps []*qrep, docs []*doc) storyline.Utterance {
	sort.Slice(g, func(i, j int) bool { return reps[g[i]].doc < reps[g[j]].doc })
	u := storyline.Utterance{Wording: storyline.WordingSame}
	votes := map[string]int{}
	for _, ri := range g {
		r := reps[ri]
		u.Reports = append(u.Reports, docs[r.doc].report(r.span))
		if r.speaker != "" {
			votes[r.speaker]++
		}
		if wordingOf(r.words) != wordingOf(reps[g[0]].words) {
			u.Wording = storyline.WordingVariant
		}
	}
	u.Speaker = topVote(votes)
	return u
}

// wordingOf is a report's words as the wording mark compares them: one
// space apart, without the single quotation marks that open or close a
// word (CONTRACT.md: punctuation aside). writtenWords keeps an apostrophe
// inside a word ("I'm"), so a quotation nested in single marks ("I told
// my son, 'I think I'm shot.'") kept them on its first and last words, or
// as a word of its own ("shot. '"), and was marked variant beside the
// same words printed without them.
func wordingOf(words []string) string {
	var b strings.Builder
	for _, w := range words {
		w = strings.Trim(w, "'")
		if w == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	return b.String()
}

// topVote is the most frequent name; ties go to the longer, then the
// alphabetically first.
func topVote(votes map[string]int) string {
	best := ""
	for name, n := range votes {
		switch {
		case best == "", n > votes[best]:
			best = name
		case n == votes[best] && (len(name) > len(best) || len(name) == len(best) && name < best):
			best = name
		}
	}
	return best
}

// singleQuotes lists the utterances only one outlet carries.
func singleQuotes(us []storyline.Utterance) []storyline.SingleItem {
	var out []storyline.SingleItem
	for _, u := range us {
		outlets := map[string]bool{}
		for _, r := range u.Reports {
			outlets[outletOf(r)] = true
		}
		if len(outlets) == 1 {
			out = append(out, storyline.SingleItem{Report: u.Reports[0], Kind: "quote"})
		}
	}
	return out
}

func outletOf(r storyline.Report) string {
	if r.Source != "" {
		return r.Source
	}
	return "article:" + r.Article
}
