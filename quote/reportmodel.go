package quote

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/english"
)

// reportPath says which structural reader found a reading of reported
// speech.
type reportPath int

const (
	pathSubject         reportPath = iota // "X said (that) …"
	pathNominal                           // "Experts say …"
	pathTrailingNominal                   // "…, police said."
	pathTrailing                          // "…, Rutte said." / "…, said Rutte."
	pathAccording                         // "according to X, …"
	pathOpen                              // "Some observers say …", subject not found
	pathParticiple                        // "…, adding that …"
	pathColon                             // "Sanders: Clinton email story has moved"
)

// subjectKind is what the speaker of a reading is in the text.
type subjectKind int

const (
	subjName subjectKind = iota
	subjPronoun
	subjNoun
	subjNone // no candidate: "…, Sexton said." untagged, "according to a poll"
)

func kindOf(c cand) subjectKind {
	if c.m == nil {
		return subjPronoun
	}
	return subjName
}

// reportedCand is one reading of a sentence as reported speech, with the
// features the model scores it by.
type reportedCand struct {
	q    storyline.Quote
	cue  int // token of the cue
	path reportPath
	subj subjectKind
	// subjTok is the token of the speaker an open reading took (-1: none).
	subjTok int
	// marks: the sentence has quotation marks; the reading is of a run
	// outside them.
	marks bool
	// glued: the run ends at a quotation mark with no punctuation before
	// it, so the quotation goes on with the reading's clause.
	glued bool
	x     []float64
}

// ReportedFeatures names the features of a reading of reported speech, in
// the order of ReportedCandidate.Features and ReportedModel.Weights: the
// base features, then each of them again times "strong" and times
// "marks_in_sentence" (crossedBy), so that the regression weighs a reading
// at a cue that mostly reports speech, and one beside quotation marks, by
// slopes of their own. Cross-validated on PolNeAR train the crosses raise
// recall at precision 0.85 from 0.538 to 0.574.
var ReportedFeatures = crossedNames(reportedBase, crossedBy)

// reportedBase names the base features, in the order reportedFeatures
// computes them.
var reportedBase = []string{
	"bias", "form_share", "lemma_share", "log_count", "log_form_count", "strong", "inverts",
	"path_subject", "path_nominal", "path_trailing_nominal", "path_trailing", "path_according",
	"subj_name", "subj_pronoun", "subj_noun", "that", "form_ing", "form_ed", "form_s",
	"cue_position", "log_content", "negation_before", "question", "modal_before", "earlier_cue",
	"lemma_say", "lemma_tell", "to_after", "first_person", "inverted_share", "quote_in_paragraph", "rule_pick",
	"path_open", "path_participle", "subj_none", "marks_in_sentence", "comma_before_cue", "and_before_cue", "log_subject_gap",
	"glued", "content_preposition", "content_clause_start", "content_to", "content_ends_sentence", "say_open",
	"share_below_10", "share_10_30", "share_30_60", "share_60_85", "share_above_85", "strong_earlier",
	"path_colon", "paragraph_opens", "content_finite",
	"inside_other", "holds_other", "share_margin",
}

// crossedBy are the indices in reportedBase of the features every base
// feature is crossed with.
var crossedBy = []int{slices.Index(reportedBase, "strong"), slices.Index(reportedBase, "marks_in_sentence")}

// crossedNames names the base features and their crosses.
func crossedNames(base []string, by []int) []string {
	out := slices.Clone(base)
	for _, b := range by {
		for _, n := range base {
			out = append(out, base[b]+"*"+n)
		}
	}
	return out
}

// crossed appends to the base features x their products with the features
// at the indices by.
//
// The products go after x in x's own array when it has room for them, as
// reportedFeatures makes it (crossedCap): a second slice and a copy of the
// base features for every reading were 3.5% of what a one-core bench of the
// text dev dumps allocated (bench --allocprofile). The base features stay
// as they are, the products only written after them.
func crossed(x []float64, by []int) []float64 {
	out := x
	if n := crossedCap(len(x), by); cap(x) < n {
		out = make([]float64, len(x), n)
		copy(out, x)
	}
	for _, b := range by {
		for _, v := range x {
			out = append(out, x[b]*v)
		}
	}
	return out
}

// crossedCap is the length of n base features with their crosses by by.
func crossedCap(n int, by []int) int { return n * (1 + len(by)) }

// newFeatures is a reading's base features, all 0, with room for the
// crosses sentenceFeatures appends (crossed): the array of a reading the
// sentence before did not keep (readings), else a new one.
func (r *reportReader) newFeatures() []float64 {
	n := len(reportedBase)
	if k := len(r.spare); k > 0 {
		x := r.spare[k-1][:n]
		r.spare = r.spare[:k-1]
		clear(x)
		return x
	}
	return make([]float64, n, crossedCap(n, crossedBy))
}

// reportedFeatures describes a reading of the sentence from token lo to hi;
// earlier are the readings at cues before it.
func (r *reportReader) reportedFeatures(c reportedCand, lo, hi int, question bool, earlier []reportedCand) []float64 {
	x := r.newFeatures()
	word := r.toks[c.cue].Text
	w := strings.ToLower(word)
	x[0] = 1
	if cue, ok := r.lex.Lookup(word); ok {
		x[1], x[2] = cue.share(word), cue.Share
		x[3], x[4] = math.Log1p(float64(cue.Count)), math.Log1p(float64(cue.Forms[w]))
	} else if c.path == pathAccording {
		x[1], x[2], x[3], x[4] = 1, 1, math.Log1p(100), math.Log1p(100)
	}
	x[5] = indicator(c.path == pathAccording || r.lex.reporting(word))
	x[6] = indicator(r.lex.inverts(word))
	if c.path <= pathAccording {
		x[7+int(c.path)] = 1
	}
	if c.subj <= subjNoun {
		x[12+int(c.subj)] = 1
	}
	qs := r.tokenAt(c.q.Start)
	x[15] = indicator(qs > 0 && strings.EqualFold(r.toks[qs-1].Text, "that"))
	x[16] = indicator(strings.HasSuffix(w, "ing"))
	x[17] = indicator(strings.HasSuffix(w, "ed"))
	x[18] = indicator(strings.HasSuffix(w, "s"))
	x[19] = float64(c.cue-lo) / float64(max(hi-lo, 1))
	x[20] = math.Log1p(float64(r.tokenAt(c.q.End) - qs))
	x[21] = indicator(r.negated(lo, c.cue))
	x[22] = indicator(question || whWords[r.lowTok(lo)])
	x[23] = indicator(r.modalBefore(lo, c.cue))
	x[24] = indicator(len(earlier) > 0)
	lemma := Lemma(word)
	x[25], x[26] = indicator(lemma == "say"), indicator(lemma == "tell")
	x[27] = indicator(c.cue+1 < len(r.toks) && strings.EqualFold(r.toks[c.cue+1].Text, "to"))
	x[28] = indicator(r.firstPerson(qs, r.tokenAt(c.q.End)))
	if cue, ok := r.lex.Lookup(word); ok && cue.Forms[w] > 0 {
		x[29] = float64(cue.FormsInverted[w]) / float64(cue.Forms[w])
	}
	x[30] = indicator(r.quoteNear(lo, hi))
	strongEarlier := slices.ContainsFunc(earlier, func(e reportedCand) bool { return e.x[5] == 1 })
	x[31] = indicator(x[5] == 1 && !strongEarlier)
	x[32] = indicator(c.path == pathOpen)
	x[33] = indicator(c.path == pathParticiple)
	x[34] = indicator(c.subj == subjNone)
	x[35] = indicator(c.marks)
	if c.cue > lo {
		prev := r.lowTok(c.cue - 1)
		x[36] = indicator(prev == ",")
		x[37] = indicator(prev == "and" || prev == "but")
	}
	if c.path == pathOpen || c.path == pathParticiple {
		gap := c.cue - lo // no subject: as far as the sentence start
		if c.subjTok >= 0 {
			gap = c.cue - c.subjTok
		}
		x[38] = math.Log1p(float64(gap))
	}
	x[39] = indicator(c.glued)
	first := r.lowTok(qs)
	x[40] = indicator(english.IsPreposition(first) && first != "to")
	x[41] = indicator(english.IsDeterminer(first) || speakerPronouns[first] || first == "i" || first == "you" || english.StartsUpper(r.toks[qs].Text) && qs > 0 && !strings.EqualFold(r.toks[qs-1].Text, "."))
	x[42] = indicator(first == "to")
	x[43] = indicator(r.tokenAt(c.q.End) >= hi)
	x[44] = indicator(lemma == "say" && (c.path == pathOpen || c.path == pathParticiple))
	// the share of the form as one of five bands: the model's odds need
	// not be linear in it
	x[45+shareBand(x[1])] = 1
	x[50] = indicator(strongEarlier)
	x[51] = indicator(c.path == pathColon)
	x[52] = indicator(r.toks[lo].Start == r.paras[r.paraOf(r.toks[lo].Start)].Start)
	x[53] = indicator(r.finiteIn(qs, r.tokenAt(c.q.End)))
	return x
}

// sentenceFeatures completes the features of the readings of one sentence
// with those that compare each with the others, and crosses them: whether
// its cue stands inside what another reports ("X said Y claimed …", the
// inner), whether what it reports holds another's cue (the outer), and how
// far its cue form's share stands above the best of the other cues' (the
// model keeps one reading of a sentence, so the odds of each depend on the
// others). Cross-validated on PolNeAR train they raise recall at precision
// 0.85 from 0.588 to 0.609.
func (r *reportReader) sentenceFeatures(cs []reportedCand) {
	for i := range cs {
		c := &cs[i]
		at := r.toks[c.cue].Start
		other := 0.0 // the highest share of another cue of the sentence
		for j, o := range cs {
			if j == i || o.cue == c.cue {
				continue
			}
			other = max(other, o.x[1])
			oat := r.toks[o.cue].Start
			c.x[54] = max(c.x[54], indicator(at >= o.q.Start && at < o.q.End))
			c.x[55] = max(c.x[55], indicator(oat >= c.q.Start && oat < c.q.End))
		}
		c.x[56] = c.x[1] - other
	}
	for i := range cs {
		cs[i].x = crossed(cs[i].x, crossedBy)
	}
}

// finiteIn reports whether the first tokens of what a reading reports from
// token lo to hi hold a finite verb of their own (an auxiliary, a copula,
// a modal or a past form): a clause ("that the deal was dead") rather than
// a noun phrase ("the deal", "brunch and mimosas").
func (r *reportReader) finiteIn(lo, hi int) bool {
	for t := lo; t < min(hi, lo+finiteReach); t++ {
		w := r.lowTok(t)
		if finiteWords()[w] || strings.HasSuffix(w, "n't") || english.IsLower(r.toks[t].Text) && strings.HasSuffix(w, "ed") {
			return true
		}
	}
	return false
}

// finiteReach is how many tokens of a reading's content finiteIn reads: the
// verb of a reported clause comes after its subject, within a few words.
const finiteReach = 10

// finiteWords are the auxiliaries, copulas and modals that make a clause.
var finiteWords = english.LazyWordSet("is are was were will would could should can may might must has have had does did do 's ’s 're ’re 'll ’ll 've ’ve 'd ’d")

// shareBands are the upper bounds of the bands of a cue form's share.
var shareBands = []float64{0.1, 0.3, 0.6, 0.85}

// shareBand is the band of a cue form's share (0 to len(shareBands)).
func shareBand(share float64) int {
	for i, b := range shareBands {
		if share < b {
			return i
		}
	}
	return len(shareBands)
}

func indicator(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// firstPerson reports whether "I" or "we" stands in tokens lo to hi: the
// writer's own voice more often than a report.
func (r *reportReader) firstPerson(lo, hi int) bool {
	for t := lo; t < hi; t++ {
		if w := r.toks[t].Text; w == "I" || strings.EqualFold(w, "we") {
			return true
		}
	}
	return false
}

// quoteNear reports whether a quotation mark stands within a sentence's
// length before or after tokens lo to hi: reported speech comes among
// quotations.
func (r *reportReader) quoteNear(lo, hi int) bool {
	n := hi - lo
	for t := max(0, lo-n); t < min(len(r.toks), hi+n); t++ {
		if r.quoted[t] {
			return true
		}
	}
	return false
}

// negated reports whether a negation stands between tokens lo and t.
func (r *reportReader) negated(lo, t int) bool {
	for k := lo; k < t; k++ {
		switch r.lowTok(k) {
		case "n't", "not", "never", "cannot", "no":
			return true
		}
	}
	return false
}

// modalBefore reports whether a modal stands in the two tokens before the
// cue ("would say", "could argue"): a hypothetical, not a report.
func (r *reportReader) modalBefore(lo, t int) bool {
	for k := max(lo, t-2); k < t; k++ {
		switch r.lowTok(k) {
		case "would", "will", "could", "may", "might", "can", "should", "must", "to":
			return true
		}
	}
	return false
}

// ReportedModel is the learned decision over readings of reported speech:
// a logistic regression over ReportedFeatures with boosted trees on its
// log-odds, the probability threshold chosen by cross-validation, and
// whether a sentence keeps only its most probable reading or every reading
// above the threshold.
type ReportedModel struct {
	Features  []string  `json:"features"`
	Weights   []float64 `json:"weights"`
	Threshold float64   `json:"threshold"`
	// All keeps every reading above the threshold ("X said he believes
	// that …" is two attributions in PolNeAR); false keeps the best one.
	All bool `json:"all"`
	// Trees are regression trees boosted on the regression's log-odds
	// (gradient boosting of the logistic loss): they add to the odds of a
	// reading by conjunctions of its features ("a strong cue, but what it
	// reports is a noun phrase and the sentence has marks") that the
	// regression, one slope a feature, cannot weigh. Cross-validated on
	// PolNeAR train they raise recall at precision 0.85 (see the CV field).
	// None: the regression alone.
	Trees []ReportedTree `json:"trees,omitempty"`
	// CV records how the threshold was chosen, for the reader.
	CV map[string]float64 `json:"cv,omitempty"`

	// nodes are the trees' nodes in one array, each tree's from roots[t],
	// laid out by ReadReportedModel for Prob (flatTrees); nil for a model
	// made otherwise, whose trees Prob walks as they are.
	nodes []reportedNode
	roots []int32
	// depth is the most splits from a root to a leaf of any tree
	depth int
}

// reportedNode is a node of a ReportedTree in one place: a split on
// feature feat, below to left and else to right (indexes into the model's
// nodes), or a leaf that adds value. A leaf's left and right are itself
// (and its feat 0, any feature), so that a walk of depth steps from any
// root ends on its leaf whatever the depth of that leaf.
type reportedNode struct {
	below, value      float64
	feat, left, right int32
}

// flatTrees lays the model's trees out as nodes. A tree's walk read five
// arrays a node and branched on every test, which goes either way at
// random: Eval was 0.06 s of a 3.1 CPU-second one-core bench of the text
// dev dumps (200 trees of up to 31 nodes, bench --cpuprofile).
func (m *ReportedModel) flatTrees() {
	m.nodes, m.roots, m.depth = nil, nil, 0
	for _, t := range m.Trees {
		base := int32(len(m.nodes))
		m.roots = append(m.roots, base)
		for i := range t.Left {
			self := base + int32(i)
			n := reportedNode{value: t.Value[i], left: self, right: self}
			if t.Left[i] != 0 {
				n = reportedNode{below: t.Below[i], feat: int32(t.Feature[i]), left: base + int32(t.Left[i]), right: base + int32(t.Right[i])}
			}
			m.nodes = append(m.nodes, n)
		}
		m.depth = max(m.depth, t.depth(0))
	}
}

// depth is the most splits from node i to a leaf.
func (t *ReportedTree) depth(i int) int {
	if t.Left[i] == 0 {
		return 0
	}
	return 1 + max(t.depth(t.Left[i]), t.depth(t.Right[i]))
}

// treesSum is what the trees add to log-odds z, tree by tree as Eval
// adds them, the laid-out nodes walked without a branch on the feature's
// test (a NaN goes right, as in Eval). Four trees are walked together,
// each depth steps (a leaf steps to itself): a tree's walk is a chain of
// loads, each waiting for the one before, and four chains side by side
// overlap their waits (BenchmarkProb). The leaves' values are added in
// the trees' order, as one tree at a time adds them.
func (m *ReportedModel) treesSum(x []float64, z float64) float64 {
	roots := m.roots
	for ; len(roots) >= 4; roots = roots[4:] {
		a, b, c, d := roots[0], roots[1], roots[2], roots[3]
		for range m.depth {
			a, b, c, d = m.step(a, x), m.step(b, x), m.step(c, x), m.step(d, x)
		}
		z += m.nodes[a].value
		z += m.nodes[b].value
		z += m.nodes[c].value
		z += m.nodes[d].value
	}
	for _, r := range roots {
		for range m.depth {
			r = m.step(r, x)
		}
		z += m.nodes[r].value
	}
	return z
}

// step is the node after node i for features x: its left when x is below
// its split, else its right.
func (m *ReportedModel) step(i int32, x []float64) int32 {
	n := &m.nodes[i]
	return n.left + int32(b2i(!(x[n.feat] < n.below)))*(n.right-n.left)
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// ReportedTree is one regression tree over the features of a reading, as
// parallel arrays of its nodes, the root first: node i sends a reading
// whose feature Feature[i] is below Below[i] to node Left[i], any other to
// Right[i]; a node with Left[i] == 0 is a leaf that adds Value[i] to the
// log-odds.
type ReportedTree struct {
	Feature []int     `json:"feature"`
	Below   []float64 `json:"below"`
	Left    []int     `json:"left"`
	Right   []int     `json:"right"`
	Value   []float64 `json:"value"`
}

// Eval is what the tree adds to the log-odds of a reading with features x.
func (t *ReportedTree) Eval(x []float64) float64 {
	i := 0
	for t.Left[i] != 0 {
		if x[t.Feature[i]] < t.Below[i] {
			i = t.Left[i]
		} else {
			i = t.Right[i]
		}
	}
	return t.Value[i]
}

// valid reports whether the tree's nodes are well formed for n features:
// arrays of one length, children after their parent, features in range.
func (t *ReportedTree) valid(n int) bool {
	k := len(t.Left)
	if k == 0 || len(t.Feature) != k || len(t.Below) != k || len(t.Right) != k || len(t.Value) != k {
		return false
	}
	for i := range k {
		if t.Left[i] == 0 {
			continue
		}
		if t.Left[i] <= i || t.Left[i] >= k || t.Right[i] <= i || t.Right[i] >= k || t.Feature[i] < 0 || t.Feature[i] >= n {
			return false
		}
	}
	return true
}

// Rank is the regression's log-odds of a reading with features x, without
// the trees: what the readings of one sentence are ranked by. The trees
// decide whether a reading is reported speech better than they rank the
// readings of one sentence against each other: they learn from the
// benchmark's loose match, by which a reading at a noun inside what was
// said ("ready" in "The league is ready to sign …, the negotiator said")
// covers the attribution as well as the attribution's own reading does.
// Cross-validated on PolNeAR train, ranking by the regression keeps recall
// at precision 0.85 (0.669 against 0.666 ranking by the whole model).
func (m *ReportedModel) Rank(x []float64) float64 {
	var z float64
	for i, w := range m.Weights {
		z += w * x[i]
	}
	return z
}

// Prob is the model's probability that a reading with features x is
// reported speech.
func (m *ReportedModel) Prob(x []float64) float64 {
	z := m.Rank(x)
	if m.nodes != nil && len(m.roots) == len(m.Trees) {
		z = m.treesSum(x, z)
	} else {
		for i := range m.Trees {
			z += m.Trees[i].Eval(x)
		}
	}
	return 1 / (1 + math.Exp(-z))
}

//go:embed reported.json
var embeddedReported []byte

// ReadReportedModel parses a model written by quotetrain.TrainReported; it
// must name the features this package computes, in order.
//
// A build without a trained model ("null") gets nil, which keeps the rule.
func ReadReportedModel(b []byte) (*ReportedModel, error) {
	if string(bytes.TrimSpace(b)) == "null" {
		return nil, nil
	}
	var m ReportedModel
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("quote reported model: %w", err)
	}
	if !slices.Equal(m.Features, ReportedFeatures) || len(m.Weights) != len(ReportedFeatures) {
		return nil, fmt.Errorf("quote reported model: features %v do not match %v", m.Features, ReportedFeatures)
	}
	for i := range m.Trees {
		if !m.Trees[i].valid(len(ReportedFeatures)) {
			return nil, fmt.Errorf("quote reported model: tree %d is malformed", i)
		}
	}
	m.flatTrees()
	return &m, nil
}

// decide keeps the readings of one sentence that are reported speech: the
// best-ranked one (Rank) when it is probable enough, or with All every
// probable one. With no model it keeps the first reading at a strong cue
// (lexicon.reporting), the rule the model replaced.
//
// What it keeps is a subsequence of cs, in cs's order (readings counts on
// it).
func (m *ReportedModel) decide(cs []reportedCand) []reportedCand {
	if m == nil {
		for _, c := range cs {
			if c.x[5] == 1 {
				return []reportedCand{c}
			}
		}
		return nil
	}
	var out []reportedCand
	if m.All {
		for _, c := range cs {
			if m.Prob(c.x) >= m.Threshold {
				out = append(out, c)
			}
		}
		return out
	}
	// the best-ranked reading, kept when it is probable enough
	best, bestRank := -1, 0.0
	for i, c := range cs {
		if r := m.Rank(c.x); best < 0 || r > bestRank {
			best, bestRank = i, r
		}
	}
	if best >= 0 && m.Prob(cs[best].x) >= m.Threshold {
		out = append(out, cs[best])
	}
	return out
}

// ReportedCandidate is one reading of a sentence as reported speech, for
// training the model: the sentence's index, the quote it would give and its
// features.
type ReportedCandidate struct {
	Sentence int
	Quote    storyline.Quote
	Features []float64
}

// Candidates runs the stage on an annotated Doc (tokens, sentences,
// entities) without deciding reported speech: it returns the quotations
// with marks (each whole, as PolNeAR counts them: JoinQuoteParts) and every
// reading of the other sentences as reported speech.
func (s *Stage) Candidates(d *storyline.Doc) ([]storyline.Quote, []ReportedCandidate) {
	if d.Article == nil || strings.TrimSpace(d.Article.Body) == "" {
		return nil, nil
	}
	r, marked := s.marked(d)
	var out []ReportedCandidate
	for i, sent := range d.Sentences {
		for _, c := range r.sentenceCandidates(sent) {
			out = append(out, ReportedCandidate{Sentence: i, Quote: c.q, Features: c.x})
		}
	}
	return storyline.JoinQuoteParts(marked), out
}
