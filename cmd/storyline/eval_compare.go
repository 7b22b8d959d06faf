package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/compare"
	"github.com/storyline-news/storyline/eval"
)

// evalCompare runs ingest and export stories end to end over an events
// file (its labels removed) and scores the stories' comparisons against a
// hand-annotated gold file: pairwise quote grouping and disagreeing figures.
// The gold's events are split in two halves in file order: the first half
// is what the thresholds were chosen on, the second was not looked at
// while tuning; both are printed, and all together.
func (m *Main) evalCompare(ctx context.Context, args []string) error {
	fs := m.flags("eval compare", "--gold FILE --events FILE",
		"Ingest an events file (labels removed) into a fresh store, export its stories with their comparisons, and score quote grouping (pairwise P/R/F1) and disagreeing figures (P/R) against a gold file of article ids and offsets (e.g. eval/testdata/compare-basil-dev.jsonl).")
	gold := fs.String("gold", "", "comparison gold file (JSON Lines: event, kind, group, article, start, end, agree)")
	events := fs.String("events", "", "the events file the gold points into (e.g. shared/data/events/basil-dev.jsonl)")
	var tries tryList
	fs.Var(&tries, "try", "thresholds to try instead of the tuned ones, as Name=value,... (repeatable), e.g. HandQuotes=1,QuoteMatch=0.5,RunMatch=5 (HandQuotes=1: the hand thresholds group quotes instead of the learned model); read the tuned-on half only")
	explain := fs.Bool("explain", false, "print the errors on the tuned-on half (missed and false pairs, false disagreements)")
	var extra tryList
	fs.Var(&extra, "extra", "a further gold file of tuning-only annotations on the same events file (repeatable); with --cv its events join the tuned-on half's")
	cv := fs.Bool("cv", false, "cross-validate the --try settings by event: each event of the tuned-on half (and of --extra) is scored with the setting that does best on the others")
	if err := m.parseFlags(fs, args); err != nil {
		return err
	}
	if *gold == "" || *events == "" {
		return usageError("eval compare needs --gold FILE and --events FILE")
	}
	items, err := eval.ReadCompareGold(*gold)
	if err != nil {
		return err
	}
	recs, err := eval.ReadEventGold(*events)
	if err != nil {
		return err
	}
	dir, err := os.MkdirTemp("", "storyline-eval-compare-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	texts, input, err := writeUnlabelled(dir, recs)
	if err != nil {
		return err
	}
	db := filepath.Join(dir, "eval.db")
	if err := m.runIngest(ctx, []string{"--quiet", "--db", db, input}); err != nil {
		return err
	}
	opts, err := compareTries(tries)
	if err != nil {
		return err
	}
	eventOf := map[string]string{}
	for _, r := range recs {
		eventOf[r.ID] = r.Cluster
	}
	tune, held, err := tuningItems(items, extra)
	if err != nil {
		return err
	}
	if *cv {
		return m.crossValidateCompare(ctx, db, opts, tune, texts, eventOf)
	}
	for _, opt := range opts {
		if len(tries) > 0 {
			fmt.Fprintf(m.Stdout, "%+v\n", opt)
		}
		articles, stories, err := m.comparedStories(ctx, db, opt)
		if err != nil {
			return err
		}
		m.scoreCompare(items, tune, held, texts, eventOf, articles, stories, *explain)
	}
	return nil
}

// explainPart is the half whose errors --explain prints: the one the
// thresholds may be chosen on.
const explainPart = "tuned-on half"

func (m *Main) scoreCompare(items, tune, held []eval.CompareItem, texts, eventOf map[string]string, articles map[string]*storyline.Article, stories []*storyline.Story, explain bool) {
	for _, part := range []struct {
		name  string
		items []eval.CompareItem
	}{{"tuned-on half", tune}, {"held-out half", held}, {"all", items}} {
		sc := eval.ScoreCompare(part.items, texts, eventOf, articles, stories)
		fmt.Fprintf(m.Stdout, "%-14s quote grouping pairwise P %.3f R %.3f F1 %.3f (pairs: gold %d, system %d, both %d) · disagreeing figures P %.3f R %.3f (gold %d, system %d, right %d, found %d) · unmapped %d\n",
			part.name, sc.QuoteP(), sc.QuoteR(), sc.QuoteF1(), sc.QuotePairsGold, sc.QuotePairsSys, sc.QuotePairsBoth,
			sc.FigureP(), sc.FigureR(), sc.DisagreeGold, sc.DisagreeSys, sc.DisagreeSysRight, sc.DisagreeFound, sc.Unmapped)
		if explain && part.name == explainPart {
			for _, n := range sc.Notes {
				fmt.Fprintln(m.Stdout, "  "+n)
			}
		}
	}
}

// compareTries reads --try flags into comparison thresholds.
func compareTries(tries tryList) ([]compare.Options, error) {
	if len(tries) == 0 {
		return []compare.Options{compare.DefaultOptions()}, nil
	}
	var out []compare.Options
	for _, spec := range tries {
		opt := compare.DefaultOptions()
		v := reflect.ValueOf(&opt).Elem()
		for _, kv := range strings.Split(spec, ",") {
			name, val, _ := strings.Cut(strings.TrimSpace(kv), "=")
			f := v.FieldByName(name)
			x, err := strconv.ParseFloat(val, 64)
			switch {
			case !f.IsValid():
				return nil, usageError("--try: no option %q", name)
			case err != nil:
				return nil, usageError("--try %s: %v", name, err)
			case f.Kind() == reflect.Int:
				f.SetInt(int64(x))
			case f.Kind() == reflect.Bool:
				f.SetBool(x != 0)
			case f.Kind() != reflect.Float64:
				return nil, usageError("--try: %s is not a threshold", name)
			default:
				f.SetFloat(x)
			}
		}
		out = append(out, opt)
	}
	return out, nil
}

// writeUnlabelled writes the records without their labels, as CONTRACT.md's
// JSON Lines input, and returns each record's text by id.
func writeUnlabelled(dir string, recs []eval.EventRecord) (map[string]string, string, error) {
	path := filepath.Join(dir, "events.jsonl")
	f, err := os.Create(path)
	if err != nil {
		return nil, "", err
	}
	defer f.Close()
	enc := json.NewEncoder(f)
	texts := map[string]string{}
	for _, r := range recs {
		texts[r.ID] = r.Text
		rec := map[string]string{"id": r.ID, "title": r.Title, "text": r.Text, "date": r.Date, "source": r.Source, "url": r.URL}
		if err := enc.Encode(rec); err != nil {
			return nil, "", err
		}
	}
	return texts, path, f.Close()
}

// comparedStories reads the store's articles and its stories with their
// comparisons, as export stories writes them.
func (m *Main) comparedStories(ctx context.Context, db string, opt compare.Options) (map[string]*storyline.Article, []*storyline.Story, error) {
	articles, stories, err := m.storedStories(ctx, db)
	if err != nil {
		return nil, nil, err
	}
	opt.MaxArticles = 0 // a score reads every story whole
	for _, s := range stories {
		arts := make([]*storyline.Article, 0, len(s.Articles))
		for _, id := range s.Articles {
			if a := articles[id]; a != nil {
				arts = append(arts, a)
			}
		}
		compare.StoryWith(s, arts, opt)
	}
	return articles, stories, nil
}

// storedStories reads the store's articles by id and its stories.
func (m *Main) storedStories(ctx context.Context, db string) (map[string]*storyline.Article, []*storyline.Story, error) {
	store, err := m.openStore(ctx, db)
	if err != nil {
		return nil, nil, err
	}
	defer store.Close()
	articles := map[string]*storyline.Article{}
	if err := store.EachArticle(ctx, func(a *storyline.Article) error {
		articles[a.ID] = a
		return nil
	}); err != nil {
		return nil, nil, err
	}
	var stories []*storyline.Story
	if err := store.EachStory(ctx, func(s *storyline.Story) error {
		stories = append(stories, s)
		return nil
	}); err != nil {
		return nil, nil, err
	}
	return articles, stories, nil
}

// tuningItems are the first half of the gold items (splitHalves) and the
// items of the extra gold files; held the second half.
func tuningItems(items []eval.CompareItem, extra []string) (tune, held []eval.CompareItem, err error) {
	tune, held = splitHalves(items)
	for _, path := range extra {
		more, err := eval.ReadCompareGold(path)
		if err != nil {
			return nil, nil, err
		}
		tune = append(tune, more...)
	}
	return tune, held, nil
}

// splitHalves splits gold items by event: the first half of the events
// scoped for quotes (in file order) from the second; the events scoped for
// figures alone are split the same way after them.
func splitHalves(items []eval.CompareItem) (first, second []eval.CompareItem) {
	var order []string
	seen := map[string]bool{}
	for _, it := range items {
		if it.Kind == "scope" && it.Scope == "quotes" && !seen[it.Event] {
			seen[it.Event] = true
			order = append(order, it.Event)
		}
	}
	var rest []string
	for _, it := range items {
		if !seen[it.Event] {
			seen[it.Event] = true
			rest = append(rest, it.Event)
		}
	}
	inFirst := map[string]bool{}
	for _, e := range order[:(len(order)+1)/2] {
		inFirst[e] = true
	}
	for _, e := range rest[:(len(rest)+1)/2] {
		inFirst[e] = true
	}
	for _, it := range items {
		if inFirst[it.Event] {
			first = append(first, it)
		} else {
			second = append(second, it)
		}
	}
	return first, second
}

// crossValidateCompare chooses among settings by leave-one-event-out on the
// tuning events: each event is scored with the setting whose pooled quote
// F1 plus disagreeing-figure F1 is best on the other events, and the
// events' counts are summed. This is the figure to report beside a setting
// chosen on those events.
func (m *Main) crossValidateCompare(ctx context.Context, db string, opts []compare.Options, tune []eval.CompareItem, texts, eventOf map[string]string) error {
	var events []string
	byEvent := map[string][]eval.CompareItem{}
	for _, it := range tune {
		if byEvent[it.Event] == nil {
			events = append(events, it.Event)
		}
		byEvent[it.Event] = append(byEvent[it.Event], it)
	}
	scores := make([]map[string]eval.CompareScore, len(opts)) // per setting, per event
	for k, opt := range opts {
		articles, stories, err := m.comparedStories(ctx, db, opt)
		if err != nil {
			return err
		}
		scores[k] = map[string]eval.CompareScore{}
		for _, e := range events {
			scores[k][e] = eval.ScoreCompare(byEvent[e], texts, eventOf, articles, stories)
		}
		all := sumScores(scores[k], events, "")
		fmt.Fprintf(m.Stdout, "setting %d %+v: tuning events quote F1 %.3f · figures P %.3f R %.3f\n", k, opt, all.QuoteF1(), all.FigureP(), all.FigureR())
	}
	cv, chose := leaveOneEventOut(scores, events)
	fmt.Fprintf(m.Stdout, "cross-validated by event (%d events; settings chosen %v): quote grouping pairwise P %.3f R %.3f F1 %.3f (pairs: gold %d, system %d, both %d) · disagreeing figures P %.3f R %.3f (gold %d, system %d, right %d, found %d)\n",
		len(events), chose, cv.QuoteP(), cv.QuoteR(), cv.QuoteF1(), cv.QuotePairsGold, cv.QuotePairsSys, cv.QuotePairsBoth,
		cv.FigureP(), cv.FigureR(), cv.DisagreeGold, cv.DisagreeSys, cv.DisagreeSysRight, cv.DisagreeFound)
	return nil
}

// leaveOneEventOut scores each event with the setting whose pooled quote F1
// plus disagreeing-figure F1 is best on the other events (the first such
// setting on ties), and sums the events' counts; chose counts how often
// each setting was picked.
func leaveOneEventOut(scores []map[string]eval.CompareScore, events []string) (eval.CompareScore, map[int]int) {
	var cv eval.CompareScore
	chose := map[int]int{}
	for _, held := range events {
		best, bestVal := 0, -1.0
		for k := range scores {
			s := sumScores(scores[k], events, held)
			if v := s.QuoteF1() + f1(s.FigureP(), s.FigureR()); v > bestVal {
				best, bestVal = k, v
			}
		}
		chose[best]++
		cv = addScore(cv, scores[best][held])
	}
	return cv, chose
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// sumScores pools the counts of the events but skip.
func sumScores(byEvent map[string]eval.CompareScore, events []string, skip string) eval.CompareScore {
	var out eval.CompareScore
	for _, e := range events {
		if e != skip {
			out = addScore(out, byEvent[e])
		}
	}
	return out
}

func addScore(a, b eval.CompareScore) eval.CompareScore {
	a.QuotePairsGold += b.QuotePairsGold
	a.QuotePairsSys += b.QuotePairsSys
	a.QuotePairsBoth += b.QuotePairsBoth
	a.DisagreeGold += b.DisagreeGold
	a.DisagreeSys += b.DisagreeSys
	a.DisagreeFound += b.DisagreeFound
	a.DisagreeSysRight += b.DisagreeSysRight
	a.Unmapped += b.Unmapped
	return a
}
