package quotetrain

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"

	"github.com/storyline-news/storyline"
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
	{"cues", []string{"cue_subject", "cue_object", "cue_share", "apposition", "first_of_sentence"}},
	{"mentions", []string{"log_mentions", "log_near", "person", "org", "inside_quote"}},
	{"pronouns", []string{"pronoun", "gender_"}},
	{"antecedents", []string{"ant_"}},
	{"nobody", []string{"none_"}},
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
// the rules' on the same quotations. It writes the model fitted on every
// article as JSON to w (the file quote embeds as speakers.json). The same
// articles give the same bytes.
func TrainSpeakers(ctx context.Context, arts []SpeakerArticle, w io.Writer, report io.Writer) error {
	if report == nil {
		report = io.Discard
	}
	xs := speakerExamples(arts)
	var rules, oracle speakerAcc
	for _, x := range xs {
		if !x.nullGold {
			rules.add(x, x.rules)
			oracle.add(x, len(x.right) > 0)
		}
	}
	fmt.Fprintf(report, "%d articles, %d matched quotations with marks (%d whose gold names no source)\n", len(arts), len(xs), len(xs)-rules.all.Total)
	fmt.Fprintf(report, "the rules:                %v\n", rules)
	fmt.Fprintf(report, "a right candidate exists: %v\n", oracle)
	all := make([]bool, len(quote.SpeakerFeatures))
	for i := range all {
		all[i] = true
	}
	best := speakerSetting{l2: speakerL2s[0], keep: all}
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
			s := speakerSetting{l2: l2, keep: all, unreachable: unreachable, ask: speakerAsk}
			if err := try(s, fmt.Sprintf("l2 %g, unreachable as nobody %v", l2, unreachable)); err != nil {
				return err
			}
		}
	}
	s := best
	s.nullAsNone = true
	if err := try(s, "null gold as nobody"); err != nil {
		return err
	}
	// one pass of backward elimination by groups, each left out only when
	// cross-validation gains a quotation by it
	for _, g := range speakerGroups {
		s := best
		s.keep = slices.Clone(best.keep)
		for i, name := range quote.SpeakerFeatures {
			if inGroup(name, g.features) {
				s.keep[i] = false
			}
		}
		if err := try(s, "without "+g.name); err != nil {
			return err
		}
	}
	fmt.Fprintf(report, "chosen: l2 %g, null as nobody %v, unreachable as nobody %v, features %s\n",
		best.l2, best.nullAsNone, best.unreachable, strings.Join(keptNames(best.keep), " "))
	for _, ask := range []quote.SpeakerAsked{quote.AskNamed, quote.AskUnfound, quote.AskNameless} {
		s := best
		s.ask = ask
		fmt.Fprintf(report, "the chosen setting, asked %-44s %v\n", ask.String()+":", crossValidateSpeakers(xs, s))
	}
	fmt.Fprintf(report, "the learned model, CV:    %v\n", bestAcc)
	fmt.Fprintf(report, "the rules, same quotations: %v\n", rules)
	w8 := fitSpeakers(xs, best, -1)
	m := quote.SpeakerModel{
		Asked: best.ask,
		CV: map[string]float64{
			"l2": best.l2, "folds": speakerFolds,
			"all": round3(bestAcc.all.Value()), "names": round3(bestAcc.names.Value()), "pronouns": round3(bestAcc.pronouns.Value()),
			"rules_all": round3(rules.all.Value()), "rules_names": round3(rules.names.Value()), "rules_pronouns": round3(rules.pronouns.Value()),
		},
	}
	for i, name := range quote.SpeakerFeatures {
		if best.keep[i] {
			m.Features = append(m.Features, name)
			m.Weights = append(m.Weights, math.Round(w8[i]*1e6)/1e6)
		}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", " ")
	if err := enc.Encode(m); err != nil {
		return fmt.Errorf("train speakers: write model: %w", err)
	}
	return nil
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
			for _, q := range storyline.JoinQuoteParts(c.Quotes) {
				if q.Kind == storyline.QuoteDirect || q.Kind == storyline.QuotePartial {
					pred = append(pred, q)
					choices = append(choices, c)
				}
			}
		}
		for _, m := range eval.QuoteMatches(targets, pred) {
			g, c, q := gold[m[0]], choices[m[1]], pred[m[1]]
			x := speakerExample{fold: fold(a.ID), feats: c.Feats, asked: c.Asked}
			if g.Speaker == nil {
				x.nullGold = true
				x.right = nobody(c.Names)
				out = append(out, x)
				continue
			}
			x.pronoun = g.SpeakerIsPronoun
			right := func(n string) bool {
				return a.Kept[n] && eval.SpeakerCorrect(n, *g.Speaker, g.SpeakerCoref)
			}
			x.rules = right(q.Speaker)
			for j, n := range c.Names {
				if n != "" && right(n) {
					x.right = append(x.right, j)
				}
			}
			out = append(out, x)
		}
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

// crossValidateSpeakers scores each fold's quotations with the model
// fitted on the other folds' articles.
func crossValidateSpeakers(xs []speakerExample, s speakerSetting) speakerAcc {
	var acc speakerAcc
	for k := range speakerFolds {
		w := fitSpeakers(xs, s, k)
		for _, x := range xs {
			if x.fold != k || x.nullGold {
				continue
			}
			if x.asked > s.ask {
				acc.add(x, false) // the rules' nobody stands, and is wrong
				continue
			}
			acc.add(x, slices.Contains(x.right, logit.Best(w, masked(x.feats, s.keep))))
		}
	}
	return acc
}
