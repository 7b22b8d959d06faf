package compare

// Options are the thresholds of the comparison; DefaultOptions are the
// tuned ones. eval compare --try sweeps them on the dev annotations.
type Options struct {
	// QuoteMatch is the share of the shorter report's word pairs the longer
	// must hold.
	QuoteMatch float64
	// RunMatch is a run of words in a row that makes two reports of
	// compatible speakers one utterance whatever the share.
	RunMatch int
	// StrongRun is a run of words in a row that makes two reports one
	// utterance whatever their speakers.
	StrongRun int
	// FigureContext is the share of content words two figures' sentences
	// must share (of the sentence with fewer) to be one quantity when they
	// agree; FigureContextDiffer when their values differ.
	FigureContext, FigureContextDiffer float64
	// FigureGroupDiffer is the share of content words the pooled sentences
	// of two groups of figures whose values differ must share to be one
	// quantity (a disagreement); 0 turns the pooling off.
	FigureGroupDiffer float64
	// FigureRatio is how many times apart two values may lie and still be
	// statements of one quantity; 0 sets no bound.
	FigureRatio float64
	// FigureOneWriter set (1) keeps two figures of different values apart
	// when either article states both values: "six AK-47 rifles, 12
	// magazines" and "a total of 31 magazines" in one article count two
	// things, whatever other articles say.
	FigureOneWriter bool
	// FigurePeopleApart set (1) keeps two figures of different values
	// apart in the hand decision when both sentences name persons and none
	// of one's in the other's ("Cheeks spent 11 seasons", "DiLeo has spent
	// 19 seasons").
	FigurePeopleApart bool
	// FigureFrameApart set (1) keeps them apart when their sentences name
	// different time frames ("in the round", "since October"; frameWords).
	FigureFrameApart bool
	// FigureModifierApart set (1) keeps them apart when one counts its head
	// under a modifier the other lacks or changes ("1,247 animal species",
	// "1,009 species").
	FigureModifierApart bool
	// FigureMaxOwn, above 0, keeps two figures of different values apart
	// in the hand decision when either article states more distinct
	// values of the noun than this: a box score ("63 yards", "302 yards",
	// "201 yards") counts many things with one noun.
	FigureMaxOwn int
	// Grouping is the learned utterance decision; nil falls back on the
	// hand thresholds QuoteMatch, RunMatch and StrongRun.
	Grouping *GroupModel
	// HandQuotes set (1) drops Grouping: eval compare --try compares the
	// hand thresholds with the model.
	HandQuotes bool
	// Figures is a learned disagreement decision (do two figures of
	// different values state one quantity?); nil, with LearnedFigures
	// unset, leaves it to the hand thresholds FigureContextDiffer and
	// FigureGroupDiffer.
	Figures *FigureModel
	// LearnedFigures set (1) uses the embedded disagreement model
	// (figpairs.json) when Figures is nil; it is the default, and eval
	// compare --try LearnedFigures=0 brings back the hand thresholds. On the
	// 71 tuning events (12 disagreements) its nested cross-validated figure,
	// P 0.625 R 0.417 (F1 0.500), was above the hand decision's on the same
	// events with the settings chosen on them, P 0.462 R 0.500 (F1 0.480;
	// train figures prints both); on the 73 of the extended gold (33
	// disagreements) it is P 0.250 R 0.242 (F1 0.246), the hand decision's
	// P 0.235 R 0.242 in sample. Over every story of BASIL and ECB+ dev it
	// claims 51 disagreements where the hand decision claims 60: the 14 it
	// drops were all, by reading, two quantities (a kept bound, a season's
	// and a stint's home runs, one round's punches and the fight's), and
	// the 5 it adds as well (see DESIGN.md).
	LearnedFigures bool
	// MaxArticles bounds the articles a comparison reads quotes and figures
	// from (0: no bound); see maxComparedArticles.
	MaxArticles int
}

// maxComparedArticles is the default MaxArticles. Comparing costs with the
// square of a story's quotations: every pair from two articles is scored
// (`go test ./compare -bench Story`: 30 articles quoting ten utterances each
// 0.2 s, 100 of them 2.3 s; real stories are sparser: the 150 BASIL dev
// articles taken as one story 1.1 s, 100 of them 0.46 s, 400 ECB+ dev
// articles 1.0 s). A story page and /api/stories compare when they are read,
// so beyond this the comparison reads the first article of each source,
// then the earliest others, and says how many (Comparison.Compared).
const maxComparedArticles = 100

// figureModel is the disagreement model the options ask for, or nil.
func (o Options) figureModel() *FigureModel {
	if o.Figures == nil && o.LearnedFigures {
		return embeddedFigureModel()
	}
	return o.Figures
}

// DefaultOptions are the embedded utterance model (Grouping; see
// grouping.go) and the thresholds chosen with storyline eval compare --try
// on the first half of the dev annotations (eval/testdata/compare-basil-dev.jsonl,
// events 1-8 of 15 for quotes, 25 of 50 for figures): QuoteMatch 0.5 to 0.7
// and RunMatch 6 to 8 gave the same pairwise F1 there (0.912), RunMatch 5
// less (0.899), StrongRun 10 less (0.862); FigureContextDiffer below 0.5
// made false disagreements (3 at 0.2, 1 at 0.4), none at 0.5; on the first
// half of eval/testdata/compare-ecbplus-dev.jsonl precision fell below 0.5
// (0.22 at 0.3, 0.14 at 0.2) with recall already 1 at 0.5. FigureGroupDiffer
// was chosen with eval compare --cv, leave-one-event-out over the tuning
// events (the first halves and the --extra files, 13 ECB+ and 29 BASIL
// events): 0.4 in every fold, disagreeing figures P 0.455 R 0.714 on ECB+
// (0.286 / 0.286 without pooling). Pooling now takes groups holding three
// figures or more together (minPooled), a disagreement needs two shared
// words (minSharedDiffer), and FigureRatio bounds how far apart the values
// of one quantity lie. The figure tuning events are now 29 (16 ECB+ events
// added to compare-ecbplus-dev-extra.jsonl, 17 disagreements in all); eval
// compare --cv over FigureContextDiffer 0.4/0.5 x FigureGroupDiffer 0.3/0.4
// x FigureRatio 0/5/10 chose 0.4, 0.3 and 10 in 28 of 29 folds: tuning
// events P 0.186 R 0.647, cross-validated P 0.172 R 0.588 (the settings
// before this change: P 0.136 R 0.471). FigureRatio 0 gave P 0.147 R 0.647,
// 5 gave 0.172 / 0.588. The BASIL tuning events claim no disagreement at
// this setting, and their quote F1 (0.927) does not depend on these.
// QuoteMatch, RunMatch and StrongRun decide utterances only with HandQuotes
// (or without a model): eval compare --cv over QuoteMatch 0.4-0.8 x
// RunMatch 4-8 x StrongRun 8/10/12 on the 43 tuning events chose 0.5, 6
// and 8 in every fold (pairwise F1 0.821), the learned model 0.833 nested
// (0.817 retrained on the quotations of today's ingest; see DESIGN.md).
// FigureModifierApart and FigureMaxOwn 3 came after reading the hand
// decision's false disagreements on the 71 figure tuning events (P 0.316
// R 0.500 -> 0.429 / 0.500); eval compare --cv over FigureMaxOwn 0-4 chose
// 3 in 43 of 45 ECB+ folds. FigureOneWriter came once a model's name no
// longer split a count ("six AK 47 rifles" was "six AK" and "47 rifles"):
// eval compare --cv over FigureOneWriter 0/1 on the 57 ECB+ tuning events
// chose 1 in 56 folds (P 0.216 -> 0.227 at R 0.476 on the tuning events;
// cross-validated P 0.208 R 0.476); with FigureFrameApart as well the
// cross-validated figure was P 0.243 R 0.429, and it lost one of the ten
// disagreements of compare-ecbplus-dev.jsonl, so it stays off.
func DefaultOptions() Options {
	return Options{QuoteMatch: 0.6, RunMatch: 6, StrongRun: 8, FigureContext: 0.25, FigureContextDiffer: 0.4, FigureGroupDiffer: 0.3, FigureRatio: 10,
		FigureOneWriter: true, FigureModifierApart: true, FigureMaxOwn: 3, Grouping: embeddedGroupModel(), LearnedFigures: true,
		MaxArticles: maxComparedArticles}
}
