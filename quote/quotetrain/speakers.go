package quotetrain

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"
	"unicode"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/english"
	"github.com/storyline-news/storyline/eval"
	"github.com/storyline-news/storyline/logit"
	"github.com/storyline-news/storyline/quote"
)

// SpeakerArticle is one training article for the speaker model: its gold
// and the candidates of each quotation with marks the rules kept
// (quote.Stage.SpeakerChoices).
type SpeakerArticle struct {
	ID      string
	Text    string
	Gold    []eval.GoldQuote
	Choices []quote.SpeakerChoice
	// Kept are the candidate names the entity stage keeps as speakers (it
	// blanks the others): only those can be right.
	Kept map[string]bool
	// Pronouns are the he/she outside quotation marks and whom the stage
	// resolves them to, for the report of misses only.
	Pronouns []quote.PronounResolution
}

const (
	// speakerFolds is the number of cross-validation folds, by article
	// (fold deals the articles).
	speakerFolds = reportedFolds
	// speakerRounds and speakerRate: Adam steps on the full batch (as for
	// extract's text bylines); the loss has flattened well before.
	speakerRounds = 300
	speakerRate   = 0.05
)

// speakerAsk is where the stage asks the model. It is not chosen by
// accuracy, which never rewards nobody: where a rule found an attribution
// but no name ("an aide to Sanders said"), the rules' nobody stands.
const speakerAsk = quote.AskUnfound

// speakerL2s are the L2 strengths the cross-validation chooses among.
var speakerL2s = []float64{0, 0.001, 0.01}

// speakerGroups are the groups of features the cross-validation may leave
// out, each by its features' name prefixes or names.
var speakerGroups = []struct {
	name     string
	features []string
}{
	{"rules", []string{"rule_pick", "step_"}},
	{"context", []string{"prev_speaker", "prev_any", "next_speaker"}},
	{"position", []string{"in_before", "in_after", "in_between", "before_", "after_", "nearest_", "same_para", "prev_para", "next_para"}},
	{"cues", []string{"cue_subject", "cue_object", "cue_share", "apposition", "first_of_sentence", "cue_listener"}},
	{"mentions", []string{"log_mentions", "log_near", "person", "org", "inside_quote"}},
	{"pronouns", []string{"pronoun", "gender_"}},
	{"antecedents", []string{"ant_"}},
	{"nobody", []string{"none_"}},
	{"reading", []string{"reading_"}},
	{"he_she", []string{"he_she_x_"}},
}

// speakerExample is one matched quotation whose gold speaker is known: its
// candidates, which of them are right, and whether the gold source is a
// pronoun.
type speakerExample struct {
	fold    int
	feats   [][]float64
	right   []int
	pronoun bool
	// rules reports whether the rules' speaker is right.
	rules bool
	// asked is where the stage asks the model for this quotation: where
	// the rules named someone, found no attribution, or found one they
	// could not name (quote.SpeakerModel.decide).
	asked quote.SpeakerAsked
	// nullGold: the gold names no source, so only nobody is right; such
	// examples are trained on when a setting says so, never scored.
	nullGold bool
	// reading: the quotation is a reading of reported speech.
	reading bool
	// unkept: a candidate the benchmark's rule counts right is one the
	// entity stage blanks; described: the gold source is written as a
	// description ("the Florida senator", "a spokesman"), which a
	// canonical name matches only where it holds the name. Both are for
	// the report of misses only.
	unkept, described bool
	// where says which article and quotation this is, and what the gold
	// and the candidates were, for the list of misses only.
	where *exampleWhere
}

// exampleWhere is what the list of misses prints about a quotation.
type exampleWhere struct {
	doc, text, source, coref string
	names                    []string
	// resolved is what the stage resolves a gold he/she source to ("":
	// it read no such pronoun there or resolved it to nobody), and
	// resolvedRight whether the benchmark's rule counts that right.
	resolved      string
	resolvedRight bool
}

// speakerAcc is speaker accuracy as eval quotes reports it: over matched
// quotations with marks whose gold source is not null.
type speakerAcc struct{ all, names, pronouns eval.QuoteAcc }

func (s *speakerAcc) add(x speakerExample, ok bool) {
	s.all.Total++
	part := &s.names
	if x.pronoun {
		part = &s.pronouns
	}
	part.Total++
	if ok {
		s.all.Correct++
		part.Correct++
	}
}

func (s speakerAcc) String() string {
	return fmt.Sprintf("all %.3f (%d/%d)  names %.3f (%d/%d)  pronouns %.3f (%d/%d)",
		s.all.Value(), s.all.Correct, s.all.Total, s.names.Value(), s.names.Correct, s.names.Total,
		s.pronouns.Value(), s.pronouns.Correct, s.pronouns.Total)
}

// speakerSetting is one choice the cross-validation compares: the L2
// strength, the features kept, whether quotations whose gold names no
// source, or whose gold is among no candidate, teach nobody, and where
// the model is asked (the rules' nobody stands elsewhere).
type speakerSetting struct {
	l2                      float64
	keep                    []bool // per feature of quote.SpeakerFeatures
	nullAsNone, unreachable bool
	ask                     quote.SpeakerAsked
}

// TrainSpeakers learns the speaker decision: it matches each article's
// quotations with marks to the gold as eval quotes does, labels the
// candidates by the benchmark's speaker rule, and chooses the L2 strength,
// the groups of features and how quotations without a right candidate
// teach by cross-validation by article, reporting speaker accuracy beside
// the rules' on the same quotations. It does the same for the readings of
// reported speech the stage keeps (matched to all of PolNeAR's
// attributions, as eval quotes scores them), whose weights are the model's
// Reported, and reports the share of right speakers over all matched
// attributions, cross-validated. It writes the model fitted on every
// article as JSON to w (the file quote embeds as speakers.json). The same
// articles give the same bytes.
func TrainSpeakers(ctx context.Context, arts []SpeakerArticle, w io.Writer, report io.Writer) error {
	return TrainSpeakersMisses(ctx, arts, w, report, nil)
}

// TrainSpeakersMisses is TrainSpeakers that also lists, to misses (when
// not nil), every quotation with marks whose speaker the chosen setting
// gets wrong in cross-validation: the article, the quotation, the gold
// source and its silver coreference, why it is wrong, and the candidates
// (the one chosen marked >, the right ones marked +).
func TrainSpeakersMisses(ctx context.Context, arts []SpeakerArticle, w, report, misses io.Writer) error {
	if report == nil {
		report = io.Discard
	}
	xs := speakerExamples(arts)
	fmt.Fprintf(report, "%d articles\n", len(arts))
	marked, err := chooseSpeakers(ctx, xs, speakerAsk, true, "quotations with marks", report)
	if err != nil {
		return err
	}
	if misses != nil {
		listMisses(misses, xs, marked.setting)
	}
	all := attributionExamples(arts)
	var rxs []speakerExample
	for _, x := range all {
		if x.reading {
			rxs = append(rxs, x)
		}
	}
	var reading *chosenSpeakers
	if len(rxs) > 0 {
		r, err := chooseSpeakers(ctx, rxs, readingAsk, readingEliminate, "readings of reported speech", report)
		if err != nil {
			return err
		}
		reading = &r
		before, after := crossValidateAll(all, xs, marked.setting, rxs, nil), crossValidateAll(all, xs, marked.setting, rxs, &r.setting)
		fmt.Fprintf(report, "all attributions, %d-fold CV by article: readings by the readers %v\n", speakerFolds, before)
		fmt.Fprintf(report, "all attributions, %d-fold CV by article: readings by the model   %v\n", speakerFolds, after)
		reading.cv["attributions_before"] = round3(before.all.Value())
		reading.cv["attributions"] = round3(after.all.Value())
	}
	m := marked.model(xs)
	if reading != nil {
		m.Reported = reading.model(rxs)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", " ")
	if err := enc.Encode(m); err != nil {
		return fmt.Errorf("train speakers: write model: %w", err)
	}
	return nil
}

// QuickSpeakers prints to report the cross-validated speaker accuracy
// over the quotations with marks with every feature kept, at each L2
// strength the trainer tries, and with each group of features left out,
// without the rest of the search
// TrainSpeakers makes: a quick look at what a new feature or candidate
// does, before a full training decides.
func QuickSpeakers(arts []SpeakerArticle, report io.Writer) {
	xs := speakerExamples(arts)
	var oracle speakerAcc
	for _, x := range xs {
		if !x.nullGold {
			oracle.add(x, len(x.right) > 0)
		}
	}
	keep := allFeatures()
	fmt.Fprintf(report, "a right candidate exists: %v\n", oracle)
	for _, l2 := range speakerL2s {
		fmt.Fprintf(report, "l2 %g, every feature, %d-fold CV by article: %v\n", l2, speakerFolds,
			crossValidateSpeakers(xs, speakerSetting{l2: l2, keep: keep, ask: speakerAsk}))
	}
	l2 := quickL2()
	reportPronounMisses(report, xs, speakerSetting{l2: l2, keep: keep, ask: speakerAsk})
	for _, g := range speakerGroups {
		s := speakerSetting{l2: l2, keep: slices.Clone(keep), ask: speakerAsk}
		for i, name := range quote.SpeakerFeatures {
			if inGroup(name, g.features) {
				s.keep[i] = false
			}
		}
		fmt.Fprintf(report, "l2 %g, without %-20s %d-fold CV by article: %v\n", l2, g.name+",", speakerFolds, crossValidateSpeakers(xs, s))
	}
}

// quickL2 is the L2 strength QuickSpeakers leaves groups out at and
// QuickMisses lists the misses of: the one the embedded model was trained
// with (its cv.l2), else the weakest the trainer tries.
func quickL2() float64 {
	if m, err := quote.LoadSpeakerModel(); err == nil && m.CV["l2"] > 0 {
		return m.CV["l2"]
	}
	return speakerL2s[0]
}

// QuickMisses lists to w the misses of QuickSpeakers' setting at L2
// quickL2 (as listMisses).
func QuickMisses(arts []SpeakerArticle, w io.Writer) {
	listMisses(w, speakerExamples(arts), speakerSetting{l2: quickL2(), keep: allFeatures(), ask: speakerAsk})
}

// allFeatures keeps every one of quote.SpeakerFeatures.
func allFeatures() []bool {
	keep := make([]bool, len(quote.SpeakerFeatures))
	for i := range keep {
		keep[i] = true
	}
	return keep
}

// readingAsk is where the stage asks the model about a reading of
// reported speech: where the readers found no subject; not where they
// found one that names nobody ("Clinton campaign officials said",
// "according to a new poll"), whose nobody the benchmark cannot reward,
// nor where they named it (quote's readingAsked says why).
const readingAsk = quote.AskUnfound

// chosenSpeakers is the setting cross-validation chose for one kind of
// quotation, with its figures.
type chosenSpeakers struct {
	setting speakerSetting
	cv      map[string]float64
}

// model fits the chosen setting on every example.
func (c chosenSpeakers) model(xs []speakerExample) *quote.SpeakerModel {
	w8 := fitSpeakers(xs, c.setting, -1)
	m := &quote.SpeakerModel{Asked: c.setting.ask, CV: c.cv}
	for i, name := range quote.SpeakerFeatures {
		if c.setting.keep[i] {
			m.Features = append(m.Features, name)
			m.Weights = append(m.Weights, math.Round(w8[i]*1e6)/1e6)
		}
	}
	return m
}

// readingEliminate says whether the cross-validation may leave groups of
// features out of the readings' model. It does not: on PolNeAR train the
// best elimination gained 5 and 7 readings of 5,330 in two trainings (the
// mentions group, which tells a person from an organisation and counts
// their mentions), and without that group the model named a place the
// tagger had called an organisation, once in the paragraph, over the
// person the readers had resolved "the bloc's top diplomat" to (seeds).
const readingEliminate = false

// chooseSpeakers chooses the setting of the speaker model for the examples
// xs by cross-validation by article, asking the model where ask says, and
// leaving groups of features out when eliminate says so.
func chooseSpeakers(ctx context.Context, xs []speakerExample, ask quote.SpeakerAsked, eliminate bool, what string, report io.Writer) (chosenSpeakers, error) {
	var rules, oracle speakerAcc
	for _, x := range xs {
		if !x.nullGold {
			rules.add(x, x.rules)
			oracle.add(x, len(x.right) > 0)
		}
	}
	fmt.Fprintf(report, "%s: %d matched (%d whose gold names no source)\n", what, len(xs), len(xs)-rules.all.Total)
	fmt.Fprintf(report, "the rules:                %v\n", rules)
	fmt.Fprintf(report, "a right candidate exists: %v\n", oracle)
	all := allFeatures()
	best := speakerSetting{l2: speakerL2s[0], keep: all, ask: ask}
	var bestAcc speakerAcc
	try := func(s speakerSetting, label string) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		acc := crossValidateSpeakers(xs, s)
		fmt.Fprintf(report, "%-44s %d-fold CV by article: %v\n", label, speakerFolds, acc)
		if acc.all.Correct > bestAcc.all.Correct {
			best, bestAcc = s, acc
		}
		return nil
	}
	for _, unreachable := range []bool{false, true} {
		for _, l2 := range speakerL2s {
			s := speakerSetting{l2: l2, keep: all, unreachable: unreachable, ask: ask}
			if err := try(s, fmt.Sprintf("l2 %g, unreachable as nobody %v", l2, unreachable)); err != nil {
				return chosenSpeakers{}, err
			}
		}
	}
	s := best
	s.nullAsNone = true
	if err := try(s, "null gold as nobody"); err != nil {
		return chosenSpeakers{}, err
	}
	// one pass of backward elimination by groups, each left out only when
	// cross-validation gains a quotation by it
	for _, g := range speakerGroups {
		if !eliminate {
			break
		}
		s := best
		s.keep = slices.Clone(best.keep)
		for i, name := range quote.SpeakerFeatures {
			if inGroup(name, g.features) {
				s.keep[i] = false
			}
		}
		if err := try(s, "without "+g.name); err != nil {
			return chosenSpeakers{}, err
		}
	}
	fmt.Fprintf(report, "chosen: l2 %g, null as nobody %v, unreachable as nobody %v, features %s\n",
		best.l2, best.nullAsNone, best.unreachable, strings.Join(keptNames(best.keep), " "))
	for _, a := range []quote.SpeakerAsked{quote.AskNamed, quote.AskUnfound, quote.AskNameless, quote.AskReadersNamed} {
		s := best
		s.ask = a
		fmt.Fprintf(report, "the chosen setting, asked %-44s %v\n", a.String()+":", crossValidateSpeakers(xs, s))
	}
	fmt.Fprintf(report, "the learned model, CV:    %v\n", bestAcc)
	reportMisses(report, xs, best)
	reportPronounMisses(report, xs, best)
	fmt.Fprintf(report, "the rules, same quotations: %v\n", rules)
	return chosenSpeakers{setting: best, cv: map[string]float64{
		"l2": best.l2, "folds": speakerFolds,
		"all": round3(bestAcc.all.Value()), "names": round3(bestAcc.names.Value()), "pronouns": round3(bestAcc.pronouns.Value()),
		"rules_all": round3(rules.all.Value()), "rules_names": round3(rules.names.Value()), "rules_pronouns": round3(rules.pronouns.Value()),
	}}, nil
}

func inGroup(name string, prefixes []string) bool {
	for _, p := range prefixes {
		if name == p || strings.HasSuffix(p, "_") && strings.HasPrefix(name, p) {
			return true
		}
	}
	return false
}

func keptNames(keep []bool) []string {
	var out []string
	for i, k := range keep {
		if k {
			out = append(out, quote.SpeakerFeatures[i])
		}
	}
	return out
}

// speakerExamples matches every article's quotations with marks to its
// direct and partial gold, as eval quotes does, and labels the candidates
// of each match.
func speakerExamples(arts []SpeakerArticle) []speakerExample {
	var out []speakerExample
	for _, a := range arts {
		body := []rune(a.Text)
		var gold []eval.GoldQuote
		var targets [][][2]int
		for _, g := range a.Gold {
			if g.Kind == "direct" || g.Kind == "partial" {
				gold = append(gold, g)
				targets = append(targets, eval.QuoteTarget(body, g))
			}
		}
		// each quotation, its parts joined as eval quotes joins them
		var pred []storyline.Quote
		var choices []quote.SpeakerChoice
		for _, c := range a.Choices {
			if c.Reading {
				continue
			}
			for _, q := range storyline.JoinQuoteParts(c.Quotes) {
				if q.Kind == storyline.QuoteDirect || q.Kind == storyline.QuotePartial {
					pred = append(pred, q)
					choices = append(choices, c)
				}
			}
		}
		out = append(out, matchedExamples(a, gold, targets, pred, choices)...)
	}
	return out
}

// attributionExamples matches every article's quotations with marks and
// kept readings of reported speech to all its gold attributions, as eval
// quotes scores all attributions, and labels the candidates of each match.
func attributionExamples(arts []SpeakerArticle) []speakerExample {
	var out []speakerExample
	for _, a := range arts {
		body := []rune(a.Text)
		targets := make([][][2]int, len(a.Gold))
		for i, g := range a.Gold {
			targets[i] = eval.QuoteTarget(body, g)
		}
		var pred []storyline.Quote
		var choices []quote.SpeakerChoice
		for _, c := range a.Choices {
			for _, q := range storyline.JoinQuoteParts(c.Quotes) {
				pred = append(pred, q)
				choices = append(choices, c)
			}
		}
		out = append(out, matchedExamples(a, a.Gold, targets, pred, choices)...)
	}
	return out
}

// matchedExamples matches the quotations pred (each of choices) to the
// gold and labels the candidates of each match by the benchmark's speaker
// rule.
func matchedExamples(a SpeakerArticle, gold []eval.GoldQuote, targets [][][2]int, pred []storyline.Quote, choices []quote.SpeakerChoice) []speakerExample {
	var out []speakerExample
	for _, m := range eval.QuoteMatches(targets, pred) {
		g, c, q := gold[m[0]], choices[m[1]], pred[m[1]]
		x := speakerExample{fold: fold(a.ID), feats: c.Feats, asked: c.Asked, reading: c.Reading,
			where: &exampleWhere{doc: a.ID, text: q.Text, names: c.Names}}
		if g.Speaker == nil {
			x.nullGold = true
			x.right = nobody(c.Names)
			out = append(out, x)
			continue
		}
		x.pronoun = g.SpeakerIsPronoun
		x.where.source = *g.Speaker
		if g.SpeakerCoref != nil {
			x.where.coref = *g.SpeakerCoref
		}
		if x.pronoun && g.SpeakerStart != nil {
			i := slices.IndexFunc(a.Pronouns, func(p quote.PronounResolution) bool { return p.Span.Start == *g.SpeakerStart })
			if i >= 0 && a.Pronouns[i].Name != "" {
				x.where.resolved = a.Pronouns[i].Name
				x.where.resolvedRight = eval.SpeakerCorrect(x.where.resolved, *g.Speaker, g.SpeakerCoref)
			}
		}
		x.described = describedSource(*g.Speaker)
		right := func(n string) bool {
			return a.Kept[n] && eval.SpeakerCorrect(n, *g.Speaker, g.SpeakerCoref)
		}
		x.rules = right(q.Speaker)
		for j, n := range c.Names {
			if n != "" && right(n) {
				x.right = append(x.right, j)
			}
			x.unkept = x.unkept || n != "" && !a.Kept[n] && eval.SpeakerCorrect(n, *g.Speaker, g.SpeakerCoref)
		}
		out = append(out, x)
	}
	return out
}

// nobody is the index of the "nobody" candidate among names.
func nobody(names []string) []int {
	if i := slices.Index(names, ""); i >= 0 {
		return []int{i}
	}
	return nil
}

// fitSpeakers fits the model on the examples outside fold k (every
// example when k is negative), with the features s keeps.
func fitSpeakers(xs []speakerExample, s speakerSetting, k int) []float64 {
	var cs []logit.Choice
	for _, x := range xs {
		if x.fold == k {
			continue
		}
		right := x.right
		switch {
		case x.nullGold && !s.nullAsNone:
			continue
		case !x.nullGold && len(right) == 0 && s.unreachable:
			right = []int{0} // nobody is every quotation's first candidate
		}
		cs = append(cs, logit.Choice{Feats: masked(x.feats, s.keep), Gold: right})
	}
	return logit.FitChoicesAdam(cs, len(quote.SpeakerFeatures), s.l2, speakerRounds, speakerRate)
}

// masked is feats with the features keep leaves out set to 0.
func masked(feats [][]float64, keep []bool) [][]float64 {
	out := make([][]float64, len(feats))
	for j, f := range feats {
		out[j] = make([]float64, len(f))
		for k, v := range f {
			if keep[k] {
				out[j][k] = v
			}
		}
	}
	return out
}

// crossValidateAll scores the speakers of all matched attributions (all),
// each quotation with marks by the model of the marked setting fitted on
// the other folds' marked examples, and each reading by that of the
// reading setting fitted on the other folds' readings; with no reading
// setting, the readers' speakers stand.
func crossValidateAll(all, marked []speakerExample, ms speakerSetting, readings []speakerExample, rs *speakerSetting) speakerAcc {
	var acc speakerAcc
	for k := range speakerFolds {
		wm := fitSpeakers(marked, ms, k)
		var wr []float64
		if rs != nil {
			wr = fitSpeakers(readings, *rs, k)
		}
		for _, x := range all {
			if x.fold != k || x.nullGold {
				continue
			}
			s, w := ms, wm
			if x.reading {
				if rs == nil {
					acc.add(x, x.rules)
					continue
				}
				s, w = *rs, wr
			}
			if x.asked > s.ask {
				acc.add(x, x.rules)
				continue
			}
			acc.add(x, slices.Contains(x.right, logit.Best(w, masked(x.feats, s.keep))))
		}
	}
	return acc
}

// crossValidateSpeakers scores each fold's quotations with the model
// fitted on the other folds' articles.
func crossValidateSpeakers(xs []speakerExample, s speakerSetting) speakerAcc {
	var acc speakerAcc
	for i, p := range crossValidatePicks(xs, s) {
		x := xs[i]
		switch {
		case x.nullGold:
		case p < 0:
			acc.add(x, x.rules) // the rules' speaker stands: nobody, or a reading's subject
		default:
			acc.add(x, slices.Contains(x.right, p))
		}
	}
	return acc
}

// crossValidatePicks is the candidate the model fitted on the other
// folds' articles chooses for each quotation, -1 where it is not asked
// (or the gold names no source).
func crossValidatePicks(xs []speakerExample, s speakerSetting) []int {
	picks := make([]int, len(xs))
	for k := range speakerFolds {
		w := fitSpeakers(xs, s, k)
		for i, x := range xs {
			if x.fold != k {
				continue
			}
			picks[i] = -1
			if !x.nullGold && x.asked <= s.ask {
				picks[i] = logit.Best(w, masked(x.feats, s.keep))
			}
		}
	}
	return picks
}

// missKind is why a quotation's speaker is wrong: the kinds of miss the
// trainer counts, for where the work on speakers lies.
type missKind int

const (
	missNone        missKind = iota // right
	missUnasked                     // the rules found an attribution they could not name; their nobody stands
	missNoCandidate                 // no candidate is right
	missUnkept                      // … but one the entity stage blanks would be
	missRanked                      // a right candidate is ranked below another
	numMissKinds
)

var missNames = [numMissKinds]string{"right", "the rules' nobody stands", "no candidate is right",
	"a right one the entity stage blanks", "a right candidate ranked below another"}

// missOf is the kind of miss of quotation x, whose candidate picked the
// model chose (-1 where it was not asked).
func missOf(x speakerExample, picked int) missKind {
	switch {
	case picked < 0 && x.rules, picked >= 0 && slices.Contains(x.right, picked):
		return missNone
	case picked < 0:
		return missUnasked
	case len(x.right) > 0:
		return missRanked
	case x.unkept:
		return missUnkept
	}
	return missNoCandidate
}

// describedSource reports whether a gold source is written as a
// description rather than a name: it opens with a determiner ("the
// Florida senator", "a spokesman", "his campaign") or a lower-case word.
// "The New York Times" reads as one too: the split is for the report.
func describedSource(src string) bool {
	f := strings.Fields(src)
	if len(f) == 0 {
		return false
	}
	first := []rune(f[0])
	return english.IsDeterminer(strings.ToLower(f[0])) || unicode.IsLower(first[0])
}

// reportMisses prints, for the quotations whose gold source is not a
// pronoun, how many the chosen setting gets wrong in cross-validation
// and why, apart for sources written as a name and as a description.
func reportMisses(report io.Writer, xs []speakerExample, s speakerSetting) {
	var named, described [numMissKinds]int
	for i, p := range crossValidatePicks(xs, s) {
		x := xs[i]
		if x.nullGold || x.pronoun {
			continue
		}
		if x.described {
			described[missOf(x, p)]++
		} else {
			named[missOf(x, p)]++
		}
	}
	fmt.Fprintf(report, "sources that are not pronouns, %d-fold CV by article: written as a name | as a description\n", speakerFolds)
	for k := range numMissKinds {
		fmt.Fprintf(report, "  %-40s %5d | %5d\n", missNames[k], named[k], described[k])
	}
}

// missText is how many characters of a quotation listMisses shows: enough
// to find it in its article.
const missText = 90

// listMisses writes, one block each, the quotations with marks and a gold
// source whose speaker the setting s gets wrong in cross-validation.
func listMisses(w io.Writer, xs []speakerExample, s speakerSetting) {
	for i, p := range crossValidatePicks(xs, s) {
		x := xs[i]
		if x.nullGold || x.where == nil {
			continue
		}
		k := missOf(x, p)
		if k == missNone {
			continue
		}
		kind := "name"
		if x.pronoun {
			kind = fmt.Sprintf("pronoun (%s; the gold pronoun resolved to %q)", pronounMissNames[pronounMissOf(x, p)], x.where.resolved)
		}
		text := []rune(x.where.text)
		if len(text) > missText {
			text = append(text[:missText], '…')
		}
		fmt.Fprintf(w, "%s\t%s\t%s\tgold %q coref %q\n  %q\n", x.where.doc, kind, missNames[k], x.where.source, x.where.coref, string(text))
		for j, n := range x.where.names {
			mark := " "
			if j == p {
				mark = ">"
			}
			if slices.Contains(x.right, j) {
				mark += "+"
			}
			fmt.Fprintf(w, "  %-2s %q%s\n", mark, n, featureList(x.feats[j]))
		}
	}
}

// featureList names the features a candidate has, with their values
// where not 1, for the list of misses.
func featureList(x []float64) string {
	var b strings.Builder
	for k, v := range x {
		switch {
		case v == 0:
		case v == 1:
			fmt.Fprintf(&b, " %s", quote.SpeakerFeatures[k])
		default:
			fmt.Fprintf(&b, " %s=%.2f", quote.SpeakerFeatures[k], v)
		}
	}
	return b.String()
}

// pronounMiss is why the speaker of a quotation whose gold source is a
// pronoun is wrong, finer than missKind: whether any name could be right
// by the benchmark's rule, and whether the pronoun the gold marks was
// resolved right.
type pronounMiss int

const (
	pmRight           pronounMiss = iota
	pmUnasked                     // the rules' nobody stands
	pmSilverNobody                // no candidate is right, and the silver coreference is no name: no name can be
	pmNotCandidate                // no candidate is right, though the silver coreference is a name
	pmWrongAntecedent             // a right candidate is out-ranked, and the gold pronoun resolves to another
	pmOutranked                   // … though the gold pronoun resolves to a right one
	pmUnresolved                  // … and the gold pronoun resolves to nobody (or was not read)
	numPronounMisses
)

var pronounMissNames = [numPronounMisses]string{"right", "the rules' nobody stands",
	"no candidate right, silver coreference no name", "no candidate right, silver coreference a name",
	"right one out-ranked, pronoun resolved wrong", "right one out-ranked, pronoun resolved right",
	"right one out-ranked, pronoun not resolved"}

// pronounMissOf is the kind of miss of a quotation x whose gold source is
// a pronoun, whose candidate picked the model chose.
func pronounMissOf(x speakerExample, picked int) pronounMiss {
	switch missOf(x, picked) {
	case missNone:
		return pmRight
	case missUnasked:
		return pmUnasked
	case missNoCandidate, missUnkept:
		if x.where != nil && x.where.coref != "" && eval.NameShaped(x.where.coref) {
			return pmNotCandidate
		}
		return pmSilverNobody
	}
	switch {
	case x.where == nil || x.where.resolved == "":
		return pmUnresolved
	case x.where.resolvedRight:
		return pmOutranked
	}
	return pmWrongAntecedent
}

// reportPronounMisses prints, for the quotations whose gold source is a
// pronoun, how many the setting s gets wrong in cross-validation and why.
func reportPronounMisses(report io.Writer, xs []speakerExample, s speakerSetting) {
	var n [numPronounMisses]int
	for i, p := range crossValidatePicks(xs, s) {
		if x := xs[i]; x.pronoun && !x.nullGold {
			n[pronounMissOf(x, p)]++
		}
	}
	fmt.Fprintf(report, "sources that are pronouns, %d-fold CV by article:\n", speakerFolds)
	for k := range numPronounMisses {
		fmt.Fprintf(report, "  %-50s %5d\n", pronounMissNames[k], n[k])
	}
}
