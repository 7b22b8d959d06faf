package compare

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"sync"

	"github.com/storyline-news/storyline/logit"
)

// The utterance decision (are two quotations of different articles reports
// of one utterance?) is a logistic model over the pair's similarities
// (QuoteFeatures), learned by compare/comparetrain on hand-annotated BASIL
// events (`storyline train grouping`) and embedded here; reports then join
// groups by the model's probability (see linkGroups).

// Feature names, in the order QuoteFeatures lists them. A model uses any
// subset, by name. "Shorter" and "longer" are by words.
const (
	FeatPairsShort   = "pairs_short"   // share of the shorter's word pairs the longer holds
	FeatPairsLong    = "pairs_long"    // share of the longer's word pairs the shorter holds
	FeatRunShort     = "run_short"     // longest run of words in common over the shorter's words
	FeatRunLog       = "run_log"       // log(1 + longest run of words in common)
	FeatContained    = "contained"     // 1 when the shorter is a run of the longer's words
	FeatJaccard      = "jaccard"       // shared words over the words of either
	FeatLenRatio     = "len_ratio"     // shorter's words over the longer's
	FeatShortLog     = "short_log"     // log of the shorter's words
	FeatContentShort = "content_short" // share of the shorter's content words in the longer
	FeatRareShort    = "rare_short"    // the same weighted by rarity among the story's quotations
	FeatRareLog      = "rare_log"      // log(1 + summed rarity of the shared content words)
	FeatSpeakerSame  = "speaker_same"  // both speakers known, one surname
	FeatSpeakerDiff  = "speaker_diff"  // both speakers known, different surnames
	FeatCueDiff      = "cue_diff"      // both cue verbs known and different
	FeatElided       = "elided"        // either holds an ellipsis or a bracketed insertion
	FeatMutualBest   = "mutual_best"   // each is the other's best match in the other's article
	FeatShortContent = "short_content" // log(1 + the shorter's content words)
	FeatOneContent   = "one_content"   // 1 when the shorter has one content word or none
	FeatRunContent   = "run_content"   // log(1 + content words in the longest run in common)
	FeatDiffRun      = "diff_run"      // speaker_diff × run_log: a long run outweighs attribution
	FeatFreeUses     = "free_uses"     // log(1 + times the shorter's words stand unquoted in the story's bodies)
	FeatSpeakerOne   = "speaker_one"   // one speaker known, the other not
	FeatBothPartial  = "both_partial"  // both are partial quotations (words inside a sentence of the article's own)
	FeatShortPartial = "short_partial" // the shorter is a partial quotation and the longer a direct one
	FeatNameShort    = "name_short"    // share of the shorter's words, its first aside, written with a capital
	FeatNumberShort  = "number_short"  // 1 when the shorter holds a number ("47 percent")
)

// QuoteFeatures lists every feature computed for a pair of quotations.
var QuoteFeatures = []string{FeatPairsShort, FeatPairsLong, FeatRunShort, FeatRunLog, FeatContained,
	FeatJaccard, FeatLenRatio, FeatShortLog, FeatContentShort, FeatRareShort, FeatRareLog,
	FeatSpeakerSame, FeatSpeakerDiff, FeatCueDiff, FeatElided, FeatMutualBest,
	FeatShortContent, FeatOneContent, FeatRunContent, FeatDiffRun, FeatFreeUses,
	FeatSpeakerOne, FeatBothPartial, FeatShortPartial, FeatNameShort, FeatNumberShort}

// Link rules of GroupModel.Link: how the probability that two groups are
// one utterance follows from their members' pairs.
const (
	LinkSingle   = "single"   // the best pair across them
	LinkAverage  = "average"  // the mean over every pair across them
	LinkComplete = "complete" // the worst pair across them
)

// GroupModel is the learned utterance decision: P(one utterance) =
// σ(Bias + Σ w·x), with x standardised by Mean and Scale. Groups of
// reports join, most probable first, while their Link probability is at
// least Threshold and no article has a report in both.
type GroupModel struct {
	logit.Standardized
	Threshold float64 `json:"threshold"`
	Link      string  `json:"link"`
}

//go:embed grouping.json
var groupingJSON []byte

// LoadGroupModel returns the embedded utterance model.
func LoadGroupModel() (*GroupModel, error) { return ParseGroupModel(groupingJSON) }

// ParseGroupModel reads a model file and checks it.
func ParseGroupModel(b []byte) (*GroupModel, error) {
	var m GroupModel
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("compare: grouping model: %w", err)
	}
	if err := m.Prepare(); err != nil {
		return nil, err
	}
	return &m, nil
}

// Prepare checks the model and resolves its feature names.
func (m *GroupModel) Prepare() error {
	switch m.Link {
	case LinkSingle, LinkAverage, LinkComplete:
	default:
		return fmt.Errorf("compare: grouping model: unknown link %q", m.Link)
	}
	if err := m.Resolve(QuoteFeatures); err != nil {
		return fmt.Errorf("compare: grouping model: %w", err)
	}
	return nil
}

// Prob is the probability of one utterance for a full feature vector (in
// the order of QuoteFeatures).
func (m *GroupModel) Prob(x []float64) float64 { return logit.Sigmoid(m.LogOdds(x)) }

// embeddedGroupModel is the model the build embeds, read once (every story
// read asks for DefaultOptions; the model is not changed after Prepare); a
// malformed embedded file is a build error (TestEmbeddedGroupModel), not an
// input error.
var embeddedGroupModel = sync.OnceValue(func() *GroupModel {
	m, err := LoadGroupModel()
	if err != nil {
		panic(err)
	}
	return m
})

// String names the model by its decision, for listings of options.
func (m *GroupModel) String() string {
	if m == nil {
		return "none"
	}
	return fmt.Sprintf("model(%d features, threshold %g, %s link)", len(m.Features), m.Threshold, m.Link)
}
