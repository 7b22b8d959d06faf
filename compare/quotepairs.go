package compare

import (
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyline-news/storyline"
)

// QuoteSet is a story's quotations with the features of every pair of
// reports from different articles that share a content word (a pair that
// shares none is never one utterance, and is neither scored nor learned
// from). Built once, it groups the reports under any model: what the
// trainer cross-validates.
type QuoteSet struct {
	docs  []*doc
	reps  []*qrep
	pairs []qpair
	// within lists, per report, the other reports of its article that hold
	// its words in a row (Group's nesting, keepFullest and dropSubsumed
	// read it): newQuoteSet fills it, the hand thresholds' set when it
	// groups (utterances).
	within [][]int
}

type qpair struct {
	i, j int
	x    []float64
}

// QuotePair is one candidate pair of a QuoteSet: two reports of different
// articles (spans in their bodies) and their features, in the order of
// QuoteFeatures.
type QuotePair struct {
	A, B storyline.Report
	X    []float64
}

// NewQuoteSet reads the quotations of the story's articles (those s lists,
// in the order the comparison takes them).
func NewQuoteSet(s *storyline.Story, articles []*storyline.Article) *QuoteSet {
	arts := storyArticles(s, articles)
	docs := make([]*doc, len(arts))
	for i, a := range arts {
		docs[i] = newDoc(a)
	}
	return newQuoteSet(docs)
}

func newQuoteSet(docs []*doc) *QuoteSet {
	q := &QuoteSet{docs: docs, reps: quoteReports(docs)}
	countFreeUses(docs, q.reps)
	sc := newPairScorer(q.reps)
	for i := range q.reps {
		for j := i + 1; j < len(q.reps); j++ {
			a, b := q.reps[i], q.reps[j]
			if a.doc == b.doc || !shareContent(a, b) {
				continue
			}
			q.pairs = append(q.pairs, qpair{i: i, j: j, x: sc.features(a, b)})
		}
	}
	q.markMutualBest()
	q.containedIn()
	return q
}

// containedIn fills within: which reports of the same article hold each
// report's words in a row.
func (q *QuoteSet) containedIn() {
	q.within = make([][]int, len(q.reps))
	for i, r := range q.reps {
		for j, o := range q.reps {
			if i != j && o.doc == r.doc && containsRun(o.words, r.words) {
				q.within[i] = append(q.within[i], j)
			}
		}
	}
}

// Pairs lists the candidate pairs with their features.
func (q *QuoteSet) Pairs() []QuotePair {
	out := make([]QuotePair, len(q.pairs))
	for k, p := range q.pairs {
		a, b := q.reps[p.i], q.reps[p.j]
		out[k] = QuotePair{A: q.docs[a.doc].report(a.span), B: q.docs[b.doc].report(b.span), X: p.x}
	}
	return out
}

// Utterances groups the reports by the model: at most one report per
// article in each utterance; lone reports are utterances of one.
func (q *QuoteSet) Utterances(m *GroupModel) []storyline.Utterance {
	return q.Group(q.Probs(m), m.Threshold, m.Link)
}

// Probs is the model's probability for each pair, in the order of Pairs.
func (q *QuoteSet) Probs(m *GroupModel) []float64 {
	out := make([]float64, len(q.pairs))
	for k, p := range q.pairs {
		out[k] = m.Prob(p.x)
	}
	return out
}

// Group groups the reports by the pairs' probabilities (in the order of
// Pairs), a threshold and a link rule (see GroupModel).
func (q *QuoteSet) Group(probs []float64, threshold float64, rule string) []storyline.Utterance {
	links := make([]link, len(q.pairs))
	for k, p := range q.pairs {
		links[k] = link{i: p.i, j: p.j, p: probs[k]}
	}
	nested := func(i, j int) bool { return slices.Contains(q.within[i], j) || slices.Contains(q.within[j], i) }
	groups := linkGroups(len(q.reps), links, threshold, rule, func(i int) int { return q.reps[i].doc }, nested)
	return q.utterances(keepFullest(groups, q.within, q.reps))
}

// keepFullest keeps, of the reports one article has in a group (nested:
// linkGroups joins an article's fragment of an utterance, "legitimate
// rape", and its full print of the sentence, which other outlets' reports
// join each), the one that holds the others' words: the article reports
// the utterance once. Of two alike, the first stays.
func keepFullest(groups [][]int, within [][]int, reps []*qrep) [][]int {
	out := groups[:0:0]
	for _, g := range groups {
		kept := g[:0:0]
		for _, r := range g {
			if !slices.ContainsFunc(g, func(o int) bool {
				return o != r && slices.Contains(within[r], o) && (len(reps[o].words) > len(reps[r].words) || o < r)
			}) {
				kept = append(kept, r)
			}
		}
		out = append(out, kept)
	}
	return out
}

// utterances builds the contract entries of the groups, the most reported
// first.
func (q *QuoteSet) utterances(groups [][]int) []storyline.Utterance {
	if q.within == nil {
		q.containedIn()
	}
	groups = dropSubsumed(groups, q.within, q.reps)
	out := make([]storyline.Utterance, 0, len(groups))
	for _, g := range groups {
		out = append(out, utterance(g, q.reps, q.docs))
	}
	sortUtterances(out)
	return out
}

// shareContent says whether two reports have a content word in common.
func shareContent(a, b *qrep) bool { return common(a.keys.content, b.keys.content) > 0 }

// pairScorer computes the features of pairs of one story's reports.
type pairScorer struct {
	// idf weighs each content word, by number, by how few of the story's
	// reports hold it: log(1 + reports / reports holding it).
	idf []float64
	run runBuffer
}

// newPairScorer numbers the words of reps (keyReports) and weighs them.
func newPairScorer(reps []*qrep) *pairScorer {
	df := make([]int, keyReports(reps))
	for _, r := range reps {
		for _, w := range r.keys.content {
			df[w]++
		}
	}
	idf := make([]float64, len(df))
	for w, n := range df {
		if n > 0 {
			idf[w] = math.Log(1 + float64(len(reps))/float64(n))
		}
	}
	return &pairScorer{idf: idf}
}

// features computes QuoteFeatures for two reports of different articles.
func (sc *pairScorer) features(a, b *qrep) []float64 {
	if len(a.words) > len(b.words) || len(a.words) == len(b.words) && joinedAfter(a.words, b.words) {
		a, b = b, a
	}
	ak, bk := &a.keys, &b.keys
	x := make([]float64, len(QuoteFeatures))
	x[0] = shareOfSet(ak.pairs, bk.pairs)
	if len(a.words) == 1 {
		x[0] = 0 // one word has no pairs: is it among the longer's words
		if _, ok := slices.BinarySearch(bk.words, ak.ids[0]); ok {
			x[0] = 1
		}
	}
	x[1] = shareOfSet(bk.pairs, ak.pairs)
	run, end := longestRunIn(&sc.run, ak.ids, bk.ids)
	x[2] = float64(run) / float64(len(a.words))
	x[3] = math.Log1p(float64(run))
	if run == len(a.words) {
		x[4] = 1
	}
	x[5] = jaccardSet(ak.words, bk.words)
	x[6] = float64(len(a.words)) / float64(len(b.words))
	x[7] = math.Log(float64(len(a.words)))
	var shared, sharedRare, allRare float64
	for i, j := 0, 0; i < len(ak.content); i++ {
		w := ak.content[i]
		allRare += sc.idf[w]
		for j < len(bk.content) && bk.content[j] < w {
			j++
		}
		if j < len(bk.content) && bk.content[j] == w {
			shared++
			sharedRare += sc.idf[w]
		}
	}
	if len(ak.content) > 0 {
		x[8] = shared / float64(len(ak.content))
	}
	if allRare > 0 {
		x[9] = sharedRare / allRare
	}
	x[10] = math.Log1p(sharedRare)
	if a.speaker != "" && b.speaker != "" {
		if sameSpeaker(a.speaker, b.speaker) {
			x[11] = 1
		} else {
			x[12] = 1
		}
	}
	if a.cue != "" && b.cue != "" && !strings.EqualFold(a.cue, b.cue) {
		x[13] = 1
	}
	if a.elided || b.elided {
		x[14] = 1
	}
	// x[15], mutual_best, is set by markMutualBest.
	x[16] = math.Log1p(float64(len(ak.content)))
	if len(ak.content) <= 1 {
		x[17] = 1
	}
	x[18] = math.Log1p(float64(contentWords(a.words[end-run : end])))
	x[19] = x[12] * x[3]
	x[20] = math.Log1p(float64(a.free))
	if (a.speaker == "") != (b.speaker == "") {
		x[21] = 1
	}
	if a.partial && b.partial {
		x[22] = 1
	}
	if a.partial && !b.partial {
		x[23] = 1
	}
	x[24] = a.capShare()
	if a.number {
		x[25] = 1
	}
	return x
}

// mutualBestFeature is the index of FeatMutualBest in QuoteFeatures.
const mutualBestFeature = 15

// markMutualBest sets FeatMutualBest on the pairs whose reports are each
// other's best match (by the share of the shorter's word pairs, then the
// longest run) among the other article's reports.
func (q *QuoteSet) markMutualBest() {
	type key struct{ rep, doc int }
	best := map[key]int{} // a report's best pair into another article
	better := func(k, l int) bool {
		x, y := q.pairs[k].x, q.pairs[l].x
		if x[0] != y[0] {
			return x[0] > y[0]
		}
		return x[3] > y[3]
	}
	for k, p := range q.pairs {
		for _, side := range [][2]int{{p.i, p.j}, {p.j, p.i}} {
			kk := key{side[0], q.reps[side[1]].doc}
			if l, ok := best[kk]; !ok || better(k, l) {
				best[kk] = k
			}
		}
	}
	for k, p := range q.pairs {
		if best[key{p.i, q.reps[p.j].doc}] == k && best[key{p.j, q.reps[p.i].doc}] == k {
			q.pairs[k].x[mutualBestFeature] = 1
		}
	}
}

// countFreeUses counts, for each report, how often its words stand in a
// row in the story's bodies outside every quotation: a phrase the
// articles use in their own voice ("the 47 percent", "radical Islam",
// "Ground Zero mosque") is a term of the story, and the same term quoted
// in two articles is no sign of one utterance; the fragment of a sentence
// someone said ("malarkey") stands only inside quotation marks. A body's
// words are folded into one buffer as they are read and matched only where
// a report begins: no string is made of them.
func countFreeUses(docs []*doc, reps []*qrep) {
	// the reports' distinct phrases (wire copies quote the same words),
	// and the phrases each word begins
	type phrase struct {
		words []string
		free  int
	}
	phrases := map[string]*phrase{}
	of := make([]*phrase, len(reps))
	starting := map[string][]*phrase{}
	for i, r := range reps {
		key := strings.Join(r.words, " ")
		p := phrases[key]
		if p == nil {
			p = &phrase{words: r.words}
			phrases[key] = p
			starting[r.words[0]] = append(starting[r.words[0]], p)
		}
		of[i] = p
	}
	quoted := make([][]storyline.Span, len(docs))
	for _, r := range reps {
		quoted[r.doc] = append(quoted[r.doc], r.span)
	}
	var buf []byte
	for di, d := range docs {
		var starts, ends []int
		start := -1
		for i, r := range d.runes {
			if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '’' {
				if start < 0 {
					start = i
				}
				continue
			}
			if start >= 0 {
				starts, ends = append(starts, start), append(ends, i)
				start = -1
			}
			if standingAmpersand(d.runes, i) { // a word of its own, "and"
				starts, ends = append(starts, i), append(ends, i+1)
			}
		}
		if start >= 0 {
			starts, ends = append(starts, start), append(ends, len(d.runes))
		}
		fold := func(i int) []byte { // valid until the next call
			buf = appendFolded(buf[:0], d.runes[starts[i]:ends[i]])
			return buf
		}
		for i := range starts {
			for _, p := range starting[string(fold(i))] {
				n := len(p.words)
				if i+n > len(starts) || !wordsAt(fold, i, p.words) {
					continue
				}
				sp := storyline.Span{Start: starts[i], End: ends[i+n-1]}
				if !slices.ContainsFunc(quoted[di], sp.Overlaps) {
					p.free++
				}
			}
		}
	}
	for i, r := range reps {
		r.free = of[i].free
	}
}

// wordsAt reports whether the body's words from i on, folded by fold, are
// ws.
func wordsAt(fold func(int) []byte, i int, ws []string) bool {
	for k, w := range ws {
		if string(fold(i+k)) != w {
			return false
		}
	}
	return true
}

// appendFolded appends a body word folded as writtenWords and foldWords
// fold a quotation's: ’ as ', lower case, an ampersand (a word of its own
// only when it stands for "and") as "and".
func appendFolded(buf []byte, rs []rune) []byte {
	for _, r := range rs {
		if r == '&' {
			buf = append(buf, "and"...)
			continue
		}
		if r == '’' {
			r = '\''
		}
		buf = utf8.AppendRune(buf, unicode.ToLower(r))
	}
	return buf
}
